using VpnLint.Cli.Checking;

namespace VpnLint.Cli.Fixing;

/// <summary>A finding with a replacement that <c>--fix</c> did not apply, and why: said to the user, never silently skipped.</summary>
internal sealed record UnfixedFinding(ReportedFinding Finding, string Reason)
{
    public override string ToString()
    {
        var span = Finding.Span;
        return $"{Finding.File.DisplayPath}({span.StartLine},{span.StartColumn}): {Finding.RuleId} not fixed: {Reason}";
    }
}
