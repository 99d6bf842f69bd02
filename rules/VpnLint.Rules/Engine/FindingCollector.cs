using VpnLint.Rules.Catalog;
using VpnLint.Rules.Model;

namespace VpnLint.Rules.Engine;

/// <summary>Where checks report; fills in what the catalogue knows (severity, the only error code of an Alibaba rule).</summary>
internal sealed class FindingCollector
{
    /// <summary>Passed as the error code when a rule's one code does not fit this finding.</summary>
    public const string NoErrorCode = "";

    private readonly List<Finding> findings = [];

    public IReadOnlyList<Finding> Findings => findings;

    public void Report(
        string ruleId,
        SourceSpan span,
        string path,
        IReadOnlyList<string> arguments,
        Request? request,
        Severity? severity = null,
        string? errorCode = null,
        string? replacement = null,
        bool replacesJsonStringContent = false)
    {
        var rule = RuleCatalog.Get(ruleId);

        // The catalogue's codes are Alibaba's; Huawei's page documents none.
        var alibaba = request?.Description.Cloud != Apis.Cloud.Huawei;
        var code = errorCode ?? (rule.ErrorCodes.Count == 1 && alibaba ? rule.ErrorCodes[0] : null);
        code = code == NoErrorCode ? null : code;
        findings.Add(new Finding(rule, severity ?? rule.DefaultSeverity, span, path, arguments, code, replacement, request, replacesJsonStringContent));
    }

    /// <summary>A finding made on a copy of a request (<see cref="LosingValues"/>), as it was.</summary>
    public void Add(Finding finding) => findings.Add(finding);
}
