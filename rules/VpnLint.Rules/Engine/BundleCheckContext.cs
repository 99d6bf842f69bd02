using VpnLint.Rules.Model;

namespace VpnLint.Rules.Engine;

/// <summary>What a check across the requests of a bundle sees.</summary>
internal sealed class BundleCheckContext
{
    private readonly FindingCollector findings;

    public BundleCheckContext(BundleFacts bundle, FindingCollector findings)
    {
        Bundle = bundle;
        this.findings = findings;
    }

    public BundleFacts Bundle { get; }

    public void Report(string ruleId, RequestFacts on, SourceSpan span, string path, IReadOnlyList<string> arguments, string? errorCode = null) =>
        findings.Report(ruleId, span, path, arguments, on.Request, errorCode: errorCode);
}
