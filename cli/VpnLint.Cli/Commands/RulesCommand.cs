using System.CommandLine;
using VpnLint.Cli.Configuration;
using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;

namespace VpnLint.Cli.Commands;

/// <summary><c>vpnlint rules</c>: the catalogue, one rule a line.</summary>
internal static class RulesCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("rules", "List every rule: ID, default severity, title, the API pages it applies to, and the cloud's error code.");
        command.SetAction(_ =>
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
                console.Output.WriteLine(line.TrimEnd());
            }

            return 0;
        });
        return command;
    }
}
