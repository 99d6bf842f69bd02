using System.Globalization;
using VpnLint.Cli.Checking;
using VpnLint.Cli.Configuration;
using VpnLint.Rules;

namespace VpnLint.Cli.Output;

/// <summary>
/// Compiler-style lines, <c>path(line,col): error VPN104: message [errorCode]</c>, each with its source
/// line and a caret when asked for (by default when the output is a terminal), then a summary; in colour
/// on a terminal.
/// </summary>
internal sealed class TextReport : IReportWriter
{
    public void Write(RunResult run, ReportOptions options, TextWriter output)
    {
        foreach (var file in run.Files)
        {
            foreach (var finding in file.Findings)
            {
                var span = finding.Span;
                var code = finding.ErrorCode is { } errorCode ? $" [{errorCode}]" : string.Empty;
                var severity = SeverityLevel.Name(finding.Severity);
                var location = $"{file.File.DisplayPath}({span.StartLine},{span.StartColumn})";
                output.WriteLine(options.Color
                    ? $"{AnsiStyle.Emphasis(location)}: {AnsiStyle.Strong(severity, finding.Severity)} {AnsiStyle.Emphasis(finding.RuleId)}: {finding.Message}{code}"
                    : $"{location}: {severity} {finding.RuleId}: {finding.Message}{code}");
                if (options.Excerpts && Excerpt.Render(file, finding) is { } excerpt)
                {
                    output.WriteLine(options.Color ? AnsiStyle.CaretColored(excerpt, finding.Severity) : excerpt);
                }
            }
        }

        if (!options.Quiet)
        {
            output.WriteLine(Summary(run, options.Color));
        }
    }

    /// <summary>"3 errors, 1 warning in 12 files", then what was skipped, suppressed or in the baseline.</summary>
    public static string Summary(RunResult run, bool color = false)
    {
        var findings = run.Findings.ToList();
        var errors = findings.Count(finding => finding.Severity == Severity.Error);
        var warnings = findings.Count(finding => finding.Severity == Severity.Warning);
        var notes = findings.Count(finding => finding.Severity == Severity.Note);
        var parts = new List<string>
        {
            Counted(errors, "error", Severity.Error, color),
            Counted(warnings, "warning", Severity.Warning, color),
        };
        if (notes > 0)
        {
            parts.Add(Counted(notes, "note", Severity.Note, color));
        }

        var summary = $"{string.Join(", ", parts)} in {Count(run.CheckedFiles, "file")}";
        var extras = new List<string>();
        if (run.SkippedFiles > 0)
        {
            extras.Add($"{Count(run.SkippedFiles, "file")} skipped: no VPN request in {(run.SkippedFiles == 1 ? "it" : "them")}");
        }

        if (run.UncheckedResources > 0)
        {
            extras.Add($"{Count(run.UncheckedResources, "resource")} of other types not checked");
        }

        if (run.Suppressed > 0)
        {
            extras.Add($"{Count(run.Suppressed, "finding")} suppressed");
        }

        if (run.Baselined > 0)
        {
            extras.Add($"{Count(run.Baselined, "finding")} in the baseline");
        }

        return extras.Count == 0 ? summary : $"{summary} ({string.Join("; ", extras)})";
    }

    private static string Counted(int count, string noun, Severity severity, bool color) =>
        color && count > 0 ? AnsiStyle.Strong(Count(count, noun), severity) : Count(count, noun);

    private static string Count(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");
}
