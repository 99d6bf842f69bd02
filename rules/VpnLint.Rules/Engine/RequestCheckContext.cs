using VpnLint.Rules.Model;

namespace VpnLint.Rules.Engine;

/// <summary>What a check of one request sees: the request's facts, its bundle and context, and where to report.</summary>
internal sealed class RequestCheckContext
{
    private readonly FindingCollector findings;

    public RequestCheckContext(RequestFacts request, BundleFacts bundle, FindingCollector findings)
    {
        Request = request;
        Bundle = bundle;
        this.findings = findings;
    }

    public RequestFacts Request { get; }

    public BundleFacts Bundle { get; }

    public CheckContext Context => Bundle.Context;

    public void Report(
        string ruleId,
        SourceSpan span,
        string path,
        IReadOnlyList<string> arguments,
        Severity? severity = null,
        string? errorCode = null,
        string? replacement = null,
        bool replacesJsonStringContent = false) =>
        findings.Report(ruleId, span, path, arguments, Request.Request, severity, errorCode, replacement, replacesJsonStringContent);
}
