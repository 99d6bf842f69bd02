using System.CommandLine;
using VpnLint.Cli.Checking;
using VpnLint.Cli.Configuration;
using VpnLint.Cli.Output;
using VpnLint.Rules.Catalog;

namespace VpnLint.Cli.Commands;

/// <summary><c>vpnlint explain VPN200</c>: the rule's page from docs/rules, or what the catalogue says when the page is missing.</summary>
internal static class ExplainCommand
{
    public static Command Create(CliConsole console)
    {
        var id = new Argument<string>("rule") { Description = "A rule ID, such as VPN200." };
        var markdown = new Option<bool>("--markdown") { Description = "Print the page's Markdown as it is, for a Markdown viewer." };
        var color = new Option<ColorMode?>("--color") { Description = "Bold headings: auto (the default: on a terminal, unless NO_COLOR is set, or when FORCE_COLOR is), always or never.", CustomParser = OptionValues.Word<ColorMode>, HelpName = OptionValues.Words<ColorMode>() };
        var command = new Command("explain", "Print a rule's documentation, for a terminal.") { id, markdown, color };
        command.SetAction(parse =>
        {
            var rule = RuleCatalog.Find(parse.GetValue(id)!.Trim());
            if (rule is null)
            {
                console.Error.WriteLine($"vpnlint: error: there is no rule {parse.GetValue(id)}; `vpnlint rules` lists them");
                return ExitCodes.UsageOrInput;
            }

            if (RuleDocs.Page(rule.Id) is { } page)
            {
                console.Output.Write(parse.GetValue(markdown)
                    ? page.ReplaceLineEndings("\n")
                    : TerminalMarkdown.Render(page, ColorChoice.UseColor(parse.GetValue(color) ?? ColorMode.Auto, console)));
                return ExitCodes.Clean;
            }

            console.Output.WriteLine($"{rule.Id}: {rule.Title}");
            console.Output.WriteLine();
            console.Output.WriteLine($"Default severity: {SeverityLevel.Name(rule.DefaultSeverity)}; category: {rule.Category}" +
                (rule.ErrorCodes.Count > 0 ? $"; cloud error code: {string.Join(", ", rule.ErrorCodes)}" : string.Empty));
            console.Output.WriteLine();
            console.Output.WriteLine(rule.Description);
            console.Output.WriteLine();
            console.Output.WriteLine($"(This build of vpnlint has no page docs/rules/{rule.Id}.md; see {rule.HelpUri}.)");
            return ExitCodes.Clean;
        });
        return command;
    }
}
