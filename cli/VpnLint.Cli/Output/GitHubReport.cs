using System.Globalization;
using System.Text;
using VpnLint.Cli.Checking;
using VpnLint.Rules;

namespace VpnLint.Cli.Output;

/// <summary>
/// GitHub Actions workflow commands, one a finding, which the runner turns into annotations on the files of a
/// pull request, with no code scanning (or GitHub Advanced Security) needed:
/// <c>::error file=infra/gw.yaml,line=4,endLine=4,col=15,endColumn=28,title=VPN200::message</c>, the title naming
/// the resource of a plan or template too (<c>title=VPN200 (alicloud_ssl_vpn_server.office)</c>). Values are
/// escaped as the runner unescapes them (<c>%25</c>, <c>%0D</c>, <c>%0A</c>, and in properties also <c>%3A</c>
/// and <c>%2C</c>); columns are given only for a finding on one line, the end column being its last character.
/// The summary follows as a plain log line.
/// </summary>
internal sealed class GitHubReport : IReportWriter
{
    public void Write(RunResult run, ReportOptions options, TextWriter output)
    {
        foreach (var finding in run.Findings)
        {
            output.WriteLine(Command(finding));
        }

        if (!options.Quiet)
        {
            output.WriteLine(TextReport.Summary(run));
        }
    }

    public static string Command(ReportedFinding finding)
    {
        var span = finding.Span;
        var line = Math.Max(1, span.StartLine);
        var endLine = Math.Max(line, span.EndLine);
        var properties = new StringBuilder();
        properties.Append("file=").Append(Property(finding.File.DisplayPath));
        properties.Append(",line=").Append(Number(line));
        properties.Append(",endLine=").Append(Number(endLine));
        if (endLine == line)
        {
            var column = Math.Max(1, span.StartColumn);
            properties.Append(",col=").Append(Number(column));
            properties.Append(",endColumn=").Append(Number(Math.Max(column, span.EndColumn - 1)));
        }

        // A plan written on one line puts every annotation on line 1: the title tells its resources apart.
        properties.Append(",title=").Append(Property(finding.Resource is { } resource ? $"{finding.RuleId} ({resource})" : finding.RuleId));
        var code = finding.ErrorCode is { } errorCode ? $" [{errorCode}]" : string.Empty;
        return $"::{CommandName(finding.Severity)} {properties}::{Data(finding.Message + code)}";
    }

    private static string CommandName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "notice",
    };

    /// <summary>A command's message, as the runner reads it back.</summary>
    public static string Data(string text) => text.Replace("%", "%25", StringComparison.Ordinal)
        .Replace("\r", "%0D", StringComparison.Ordinal)
        .Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>A property's value, in which ':' and ',' would end it.</summary>
    public static string Property(string text) => Data(text)
        .Replace(":", "%3A", StringComparison.Ordinal)
        .Replace(",", "%2C", StringComparison.Ordinal);

    private static string Number(int number) => number.ToString(CultureInfo.InvariantCulture);
}
