using VpnLint.Cli.Input;
using VpnLint.Cli.Parsing;
using VpnLint.Cli.Sources.RawRequests;
using VpnLint.Rules.Model;

namespace VpnLint.Cli.Tests.Support;

/// <summary>Reads request files into the neutral model through the checker's own readers.</summary>
internal static class RequestCorpus
{
    public static IReadOnlyList<Request> FromText(string text, FileFormat format) =>
        RawRequestSource.Instance.Read(Parse(text, format), "corpus", judgeEverything: true).Requests;

    /// <summary>The one document of a well-formed text, as an object.</summary>
    public static ObjectValue ParseObject(string text, FileFormat format) => (ObjectValue)Parse(text, format).Documents.Single();

    private static ParsedDocument Parse(string text, FileFormat format)
    {
        var source = new SourceText(text);
        var document = format == FileFormat.Json ? JsonSourceReader.Read(source) : YamlSourceReader.Read(source);
        Assert.IsNull(document.Malformed, document.Malformed?.Message);
        return document;
    }

    public static IReadOnlyList<Request> FromFile(string path) =>
        FromText(File.ReadAllText(path), path.EndsWith(".json", StringComparison.Ordinal) ? FileFormat.Json : FileFormat.Yaml);
}
