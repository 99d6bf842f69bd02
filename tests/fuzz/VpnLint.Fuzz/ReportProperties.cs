using System.Globalization;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using VpnLint.Cli.Checking;
using VpnLint.Cli.Output;

namespace VpnLint.Fuzz;

/// <summary>
/// What a run promises for any input, checked on a batch's reports: every file accounted for (checked or
/// skipped, and counted so in the summaries; a file named on the command line never skipped), every span
/// inside its file, the JSON report parsing with a finding for each, the SARIF log valid against the SARIF
/// 2.1.0 schema with a result for each, the GitLab, JUnit and Checkstyle reports parsing, every excerpt within its window, and no planted secret in any output.
/// </summary>
internal static class ReportProperties
{
    /// <summary>The SARIF 2.1.0 schema as Sarif.Sdk 5.8.0 ships it, vendored with the CLI's tests.</summary>
    private static readonly Lazy<SarifValidation> SarifSchema = new(() => new SarifValidation(Path.Combine(AppContext.BaseDirectory, "sarif-2.1.0.json")));

    /// <summary>An excerpt line: its gutter, the window and a <c>…</c> on each side.</summary>
    private static readonly int LongestExcerptLine = " 123456 | ".Length + ExcerptWindow.Width + 2;

    public static void Check(IReadOnlyList<FuzzInput> inputs, RunResult run, IReadOnlyDictionary<string, string> reports, List<FuzzFailure> failures)
    {
        AccountedFor(inputs, run, reports, failures);
        SpansInsideTheirFiles(run, failures);
        JsonReportIsValid(run, reports["json"], failures);
        SarifLogIsValid(run, reports["sarif"], failures);
        CiReportsParse(reports, failures);
        ExcerptsAreWindows(reports["text"], failures);
        NoSecretShown(inputs, reports, failures);
    }

    private static void AccountedFor(IReadOnlyList<FuzzInput> inputs, RunResult run, IReadOnlyDictionary<string, string> reports, List<FuzzFailure> failures)
    {
        foreach (var (file, input) in run.Files.Zip(inputs))
        {
            if (file.Unreadable)
            {
                failures.Add(new FuzzFailure(input, "every file is accounted for", "the input was counted neither as checked nor as skipped"));
            }
            else if (file.Skipped && input.Explicit)
            {
                failures.Add(new FuzzFailure(input, "a file named on the command line is judged", "it was skipped"));
            }
        }

        if (run.CheckedFiles + run.SkippedFiles != inputs.Count)
        {
            failures.Add(new FuzzFailure(null, "every file is accounted for", $"{inputs.Count} inputs, {run.CheckedFiles} checked and {run.SkippedFiles} skipped"));
        }

        var summary = reports["text"].TrimEnd('\n').Split('\n')[^1];
        var files = $" in {run.CheckedFiles.ToString(CultureInfo.InvariantCulture)} file";
        var skipped = $"{run.SkippedFiles.ToString(CultureInfo.InvariantCulture)} file{(run.SkippedFiles == 1 ? "" : "s")} skipped";
        if (!summary.Contains(files, StringComparison.Ordinal) || (run.SkippedFiles > 0) != summary.Contains(skipped, StringComparison.Ordinal))
        {
            failures.Add(new FuzzFailure(null, "the text summary counts every file", summary));
        }
    }

    private static void SpansInsideTheirFiles(RunResult run, List<FuzzFailure> failures)
    {
        foreach (var file in run.Files)
        {
            var length = file.Source?.Text.Length ?? int.MaxValue;
            foreach (var finding in file.Findings)
            {
                var span = finding.Span;
                var ordered = span.StartLine >= 1 && span.StartColumn >= 1 && span.StartOffset <= span.EndOffset &&
                    (span.EndLine > span.StartLine || (span.EndLine == span.StartLine && span.EndColumn >= span.StartColumn));
                if (!ordered || span.EndOffset > length)
                {
                    failures.Add(new FuzzFailure(null, "a finding is located inside its file", $"{finding.RuleId} at {span.StartLine}:{span.StartColumn}-{span.EndLine}:{span.EndColumn} (offsets {span.StartOffset}-{span.EndOffset} of {length})"));
                }
            }
        }
    }

    private static void JsonReportIsValid(RunResult run, string json, List<FuzzFailure> failures)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var findings = document.RootElement.GetProperty("findings").GetArrayLength();
            var summary = document.RootElement.GetProperty("summary");
            if (findings != run.Findings.Count() || summary.GetProperty("files").GetInt32() != run.CheckedFiles || summary.GetProperty("skipped").GetInt32() != run.SkippedFiles)
            {
                failures.Add(new FuzzFailure(null, "the JSON report counts every finding and file", $"{findings} findings of {run.Findings.Count()}; summary {summary}"));
            }
        }
        catch (Exception error) when (error is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            failures.Add(new FuzzFailure(null, "the JSON report parses", error.Message));
        }
    }

    private static void SarifLogIsValid(RunResult run, string sarif, List<FuzzFailure> failures)
    {
        var errors = SarifSchema.Value.Errors(sarif);
        if (errors.Count > 0)
        {
            failures.Add(new FuzzFailure(null, "the SARIF log validates against SARIF 2.1.0", string.Join("; ", errors)));
            return;
        }

        using var document = JsonDocument.Parse(sarif);
        var results = document.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength();
        if (results != run.Findings.Count())
        {
            failures.Add(new FuzzFailure(null, "the SARIF log has a result for every finding", $"{results} results of {run.Findings.Count()}"));
        }
    }

    /// <summary>GitLab Code Quality is a JSON list with an issue per finding; JUnit and Checkstyle are XML.</summary>
    private static void CiReportsParse(IReadOnlyDictionary<string, string> reports, List<FuzzFailure> failures)
    {
        try
        {
            using var gitlab = JsonDocument.Parse(reports["gitlab"]);
            _ = gitlab.RootElement.GetArrayLength();
            XDocument.Parse(reports["junit"]);
            XDocument.Parse(reports["checkstyle"]);
        }
        catch (Exception error) when (error is JsonException or InvalidOperationException or XmlException)
        {
            failures.Add(new FuzzFailure(null, "the GitLab, JUnit and Checkstyle reports parse", error.Message));
        }
    }

    private static void ExcerptsAreWindows(string text, List<FuzzFailure> failures)
    {
        foreach (var line in text.Split('\n'))
        {
            // A surrogate pair is one character on screen.
            var columns = line.Count(character => !char.IsLowSurrogate(character));
            if (columns > LongestExcerptLine && line.StartsWith(' ') && line.Contains(" | ", StringComparison.Ordinal))
            {
                failures.Add(new FuzzFailure(null, "an excerpt is a window of its line", $"a line of {columns} columns"));
                return;
            }
        }
    }

    /// <summary>
    /// A token one input writes only as a secret may be ordinary text in another input of the batch, which
    /// may show it; so the batch asserts the tokens that no input of it exposes.
    /// </summary>
    private static void NoSecretShown(IReadOnlyList<FuzzInput> inputs, IReadOnlyDictionary<string, string> reports, List<FuzzFailure> failures)
    {
        var secrets = new HashSet<string>(StringComparer.Ordinal);
        var exposed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            var planted = PlantedSecrets.Of(input.Bytes);
            secrets.UnionWith(planted.Secrets);
            exposed.UnionWith(planted.Exposed);
        }

        secrets.ExceptWith(exposed);
        foreach (var token in secrets)
        {
            foreach (var (format, report) in reports)
            {
                if (PlantedSecrets.Shows(report, token))
                {
                    failures.Add(new FuzzFailure(null, "no secret appears in any output", $"the {format} output shows the planted secret {token}"));
                }
            }
        }
    }
}
