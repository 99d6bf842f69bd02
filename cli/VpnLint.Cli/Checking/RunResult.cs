using VpnLint.Rules;

namespace VpnLint.Cli.Checking;

/// <summary>Everything a run found, in the order of the command line's paths and then of the folder walks.</summary>
internal sealed class RunResult
{
    public List<FileResult> Files { get; } = [];

    /// <summary>What made the run incomplete (a missing path, an unreadable file, a bad configuration): exit code 2.</summary>
    public List<string> Errors { get; } = [];

    public List<string> Notes { get; } = [];

    /// <summary>Mistakes that change nothing in the findings but may not be what the user meant (a disable comment naming no rule): not a failure.</summary>
    public List<string> Warnings { get; } = [];

    public int Baselined { get; set; }

    /// <summary>Whether a finding that --quiet keeps out of the report is at or above the failure level: it still fails the run.</summary>
    public bool HiddenFailure { get; private set; }

    public Severity FailLevel { get; set; } = Severity.Error;

    public IEnumerable<ReportedFinding> Findings => Files.SelectMany(file => file.Findings);

    public int CheckedFiles => Files.Count(file => !file.Skipped && !file.Unreadable);

    public int SkippedFiles => Files.Count(file => file.Skipped);

    public int Suppressed => Files.Sum(file => file.Suppressed);

    public int UncheckedResources => Files.Sum(file => file.UncheckedResources);

    public int ExitCode =>
        Errors.Count > 0 || Files.Count == 0 ? ExitCodes.UsageOrInput
        : HiddenFailure || Findings.Any(finding => finding.Severity >= FailLevel) ? ExitCodes.Findings
        : ExitCodes.Clean;

    /// <summary><c>--quiet</c>: the report shows only findings at or above <paramref name="level"/>; the exit code still follows --fail-level.</summary>
    public void HideBelow(Severity level)
    {
        foreach (var file in Files)
        {
            file.Findings.RemoveAll(finding =>
            {
                var hidden = finding.Severity < level;
                HiddenFailure |= hidden && finding.Severity >= FailLevel;
                return hidden;
            });
        }
    }
}
