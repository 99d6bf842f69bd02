using VpnLint.Rules;

namespace VpnLint.Cli.Checking;

/// <summary>A finding as the run reports it: the engine's finding, its file, and its severity after configuration and flags.</summary>
internal sealed record ReportedFinding(InputFile File, Finding Finding, Severity Severity)
{
    public string RuleId => Finding.RuleId;
}
