using System.Text.Json;
using VpnLint.Cli.Checking;
using VpnLint.Cli.Configuration;
using VpnLint.Rules;

namespace VpnLint.Cli.Output;

/// <summary>
/// One JSON document: <c>findings</c>, one object per finding (file, rule, severity, message, errorCode,
/// path, span, replacement), and <c>summary</c>. No source text is included, so no secret can be.
/// </summary>
internal sealed class JsonReport : IReportWriter
{
    public void Write(RunResult run, ReportOptions options, TextWriter output)
    {
        using (var chunks = new ChunkedJsonWriter(output))
        {
            var writer = chunks.Json;
            writer.WriteStartObject();
            writer.WriteNumber("version", 1);
            writer.WriteStartArray("findings");
            foreach (var finding in run.Findings)
            {
                WriteFinding(writer, finding);
                chunks.DrainIfFull();
            }

            writer.WriteEndArray();
            var findings = run.Findings.ToList();
            writer.WriteStartObject("summary");
            writer.WriteNumber("errors", findings.Count(finding => finding.Severity == Severity.Error));
            writer.WriteNumber("warnings", findings.Count(finding => finding.Severity == Severity.Warning));
            writer.WriteNumber("notes", findings.Count(finding => finding.Severity == Severity.Note));
            writer.WriteNumber("files", run.CheckedFiles);
            writer.WriteNumber("skipped", run.SkippedFiles);
            writer.WriteNumber("suppressed", run.Suppressed);
            writer.WriteNumber("uncheckedResources", run.UncheckedResources);
            writer.WriteNumber("baselined", run.Baselined);
            writer.WriteString("failLevel", SeverityLevel.Name(run.FailLevel));
            writer.WriteNumber("exitCode", run.ExitCode);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        output.Write('\n');
    }

    private static void WriteFinding(Utf8JsonWriter writer, ReportedFinding finding)
    {
        var span = finding.Span;
        writer.WriteStartObject();
        writer.WriteString("file", finding.File.DisplayPath);
        writer.WriteString("rule", finding.RuleId);
        writer.WriteString("title", finding.Rule.Title);
        writer.WriteString("severity", SeverityLevel.Name(finding.Severity));
        writer.WriteString("message", finding.Message);
        if (finding.ErrorCode is { } code)
        {
            writer.WriteString("errorCode", code);
        }

        writer.WriteString("path", finding.Path);
        if (finding.Resource is { } resource)
        {
            writer.WriteString("resource", resource);
        }

        writer.WriteStartObject("span");
        writer.WriteNumber("startLine", span.StartLine);
        writer.WriteNumber("startColumn", span.StartColumn);
        writer.WriteNumber("endLine", span.EndLine);
        writer.WriteNumber("endColumn", span.EndColumn);
        writer.WriteNumber("startOffset", span.StartOffset);
        writer.WriteNumber("endOffset", span.EndOffset);
        writer.WriteEndObject();
        if (finding.Replacement is { } replacement)
        {
            writer.WriteString("replacement", replacement);
        }

        writer.WriteString("helpUri", finding.Rule.HelpUri);
        writer.WriteEndObject();
    }
}
