using System.Globalization;
using VpnLint.Cli.Checking;
using VpnLint.Cli.Configuration;
using VpnLint.Rules;

namespace VpnLint.Cli.Output;

/// <summary>
/// Compiler-style lines, <c>path(line,col): error VPN104: message [errorCode]</c>, each with its source
/// line and a caret when asked for (by default when the output is a terminal), then a summary.
/// </summary>
internal static class TextReport
{
    public static void Write(RunResult run, TextWriter output, bool excerpts)
    {
        foreach (var file in run.Files)
        {
            foreach (var finding in file.Findings)
            {
                var span = finding.Span;
                var code = finding.ErrorCode is { } errorCode ? $" [{errorCode}]" : string.Empty;
                output.WriteLine($"{file.File.DisplayPath}({span.StartLine},{span.StartColumn}): {SeverityLevel.Name(finding.Severity)} {finding.RuleId}: {finding.Message}{code}");
                if (excerpts && Excerpt.Render(file, finding) is { } excerpt)
                {
                    output.WriteLine(excerpt);
                }
            }
        }

        output.WriteLine(Summary(run));
    }

    /// <summary>"3 errors, 1 warning in 12 files", then what was skipped, suppressed or in the baseline.</summary>
    public static string Summary(RunResult run)
    {
        var findings = run.Findings.ToList();
        var parts = new List<string>
        {
            Count(findings.Count(finding => finding.Severity == Severity.Error), "error"),
            Count(findings.Count(finding => finding.Severity == Severity.Warning), "warning"),
        };
        var notes = findings.Count(finding => finding.Severity == Severity.Note);
        if (notes > 0)
        {
            parts.Add(Count(notes, "note"));
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

    private static string Count(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");
}
