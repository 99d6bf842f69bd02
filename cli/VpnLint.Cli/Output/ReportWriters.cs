using VpnLint.Cli.Commands;

namespace VpnLint.Cli.Output;

/// <summary>The writer of each <c>--format</c>: the one place a format is bound to its writer.</summary>
internal static class ReportWriters
{
    private static readonly Dictionary<OutputFormat, IReportWriter> Writers = new()
    {
        [OutputFormat.Text] = new TextReport(),
        [OutputFormat.Json] = new JsonReport(),
        [OutputFormat.Sarif] = new SarifReport(),
        [OutputFormat.Github] = new GitHubReport(),
        [OutputFormat.Gitlab] = new GitLabReport(),
        [OutputFormat.Junit] = new JUnitReport(),
        [OutputFormat.Checkstyle] = new CheckstyleReport(),
    };

    public static IReadOnlyDictionary<OutputFormat, IReportWriter> All => Writers;

    public static IReportWriter For(OutputFormat format) => Writers[format];
}
