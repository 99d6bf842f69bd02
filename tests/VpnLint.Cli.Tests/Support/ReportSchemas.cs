using System.Xml;

namespace VpnLint.Cli.Tests.Support;

/// <summary>Validates a report against a schema vendored in Fixtures, naming every problem with its line.</summary>
internal static class ReportSchemas
{
    public static string XmlErrors(string xml, string schemaFile)
    {
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, DtdProcessing = DtdProcessing.Prohibit };
        using (var schema = XmlReader.Create(Path.Combine(AppContext.BaseDirectory, "Fixtures", schemaFile)))
        {
            settings.Schemas.Add(null, schema);
        }

        var errors = new List<string>();
        settings.ValidationEventHandler += (_, error) => errors.Add($"{error.Severity} at {error.Exception.LineNumber},{error.Exception.LinePosition}: {error.Message}");
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        while (reader.Read())
        {
        }

        return string.Join("\n", errors);
    }
}
