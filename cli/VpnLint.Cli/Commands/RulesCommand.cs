using System.CommandLine;
using VpnLint.Cli.Configuration;
using VpnLint.Cli.Output;
using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;

namespace VpnLint.Cli.Commands;

/// <summary><c>vpnlint rules</c>: the catalogue, one rule a line, or as JSON for tools (<c>--format json</c>).</summary>
internal static class RulesCommand
{
    public static Command Create(CliConsole console)
    {
        var format = new Option<CatalogFormat?>("--format", "-f") { Description = "text (the default: a table) or json (every field of the catalogue, for tools).", CustomParser = OptionValues.Word<CatalogFormat>, HelpName = OptionValues.Words<CatalogFormat>() };
        var command = new Command("rules", "List every rule: ID, default severity, title, the API pages it applies to, and the cloud's error code.") { format };
        command.SetAction(parse =>
        {
            if (parse.GetValue(format) == CatalogFormat.Json)
            {
                WriteJson(console.Output);
            }
            else
            {
                WriteTable(console.Output);
            }

            return 0;
        });
        return command;
    }

    private static void WriteTable(TextWriter output)
    {
        var rows = RuleCatalog.All.Select(rule => new[]
        {
            rule.Id,
            SeverityLevel.Name(rule.DefaultSeverity),
            rule.Title,
            string.Join(",", rule.Pages.Select(page => Api.Describe(page).PageKey)),
            string.Join(", ", rule.ErrorCodes),
        }).Prepend(["ID", "SEVERITY", "TITLE", "PAGES", "ERROR CODE"]).ToList();
        var widths = Enumerable.Range(0, 4).Select(column => rows.Max(row => row[column].Length)).ToArray();
        foreach (var row in rows)
        {
            var line = string.Join("  ", row.Take(4).Select((cell, column) => cell.PadRight(widths[column]))) + "  " + row[4];
            output.WriteLine(line.TrimEnd());
        }
    }

    /// <summary>The catalogue as the rule engine holds it: <c>{"version": 1, "rules": [...]}</c>.</summary>
    private static void WriteJson(TextWriter output)
    {
        using (var chunks = new ChunkedJsonWriter(output))
        {
            var writer = chunks.Json;
            writer.WriteStartObject();
            writer.WriteNumber("version", 1);
            writer.WriteStartArray("rules");
            foreach (var rule in RuleCatalog.All)
            {
                writer.WriteStartObject();
                writer.WriteString("id", rule.Id);
                writer.WriteString("name", rule.Name);
                writer.WriteString("title", rule.Title);
                writer.WriteString("description", rule.Description);
                writer.WriteString("severity", SeverityLevel.Name(rule.DefaultSeverity));
                writer.WriteString("category", rule.Category);
                writer.WriteStartArray("pages");
                foreach (var page in rule.Pages.Select(Api.Describe))
                {
                    writer.WriteStartObject();
                    writer.WriteString("api", page.DisplayName);
                    writer.WriteString("page", page.PageKey);
                    writer.WriteString("title", page.PageTitle);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteStrings("parameters", rule.Parameters);
                writer.WriteStrings("errorCodes", rule.ErrorCodes);
                writer.WriteStrings("tags", rule.Tags);
                writer.WriteStrings("appliesTo", rule.Surface switch
                {
                    RuleSurface.Both => ["files", "C#"],
                    RuleSurface.CSharp => ["C#"],
                    _ => ["files"],
                });
                writer.WriteBoolean("fixable", rule.IsFixable);
                writer.WriteString("helpUri", rule.HelpUri);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        output.Write('\n');
    }
}
