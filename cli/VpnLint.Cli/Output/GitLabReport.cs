using VpnLint.Cli.Checking;
using VpnLint.Rules;

namespace VpnLint.Cli.Output;

/// <summary>
/// GitLab Code Quality: a JSON list of issues, each with <c>description</c>, <c>check_name</c> (the rule),
/// <c>fingerprint</c>, <c>severity</c> (<c>major</c> for an error, <c>minor</c> for a warning, <c>info</c> for a
/// note) and <c>location</c> (the file relative to the working folder, and its lines), which a merge request
/// shows. A fingerprint is the one SARIF gives (file, rule, parameter path and occurrence, hashed), so an issue
/// keeps it when lines move and GitLab can tell new issues from fixed ones.
/// </summary>
internal sealed class GitLabReport : IReportWriter
{
    public void Write(RunResult run, ReportOptions options, TextWriter output)
    {
        using (var chunks = new ChunkedJsonWriter(output))
        {
            var writer = chunks.Json;
            writer.WriteStartArray();
            foreach (var (finding, relativeFile, fingerprint) in FindingKey.Fingerprinted(run.Findings, options.WorkingDirectory))
            {
                var span = finding.Span;
                writer.WriteStartObject();
                writer.WriteString("description", finding.ErrorCode is { } code ? $"{finding.Message} [{code}]" : finding.Message);
                writer.WriteString("check_name", finding.RuleId);
                writer.WriteString("fingerprint", fingerprint);
                writer.WriteString("severity", GitLabSeverity(finding.Severity));
                writer.WriteStartObject("location");
                writer.WriteString("path", relativeFile);
                writer.WriteStartObject("lines");
                writer.WriteNumber("begin", Math.Max(1, span.StartLine));
                writer.WriteNumber("end", Math.Max(Math.Max(1, span.StartLine), span.EndLine));
                writer.WriteEndObject();
                writer.WriteEndObject();
                writer.WriteEndObject();
                chunks.DrainIfFull();
            }

            writer.WriteEndArray();
        }

        output.Write('\n');
    }

    private static string GitLabSeverity(Severity severity) => severity switch
    {
        Severity.Error => "major",
        Severity.Warning => "minor",
        _ => "info",
    };
}
