using Microsoft.CodeAnalysis;
using VpnLint.Analyzers.Requests;
using VpnLint.Rules;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Model;

namespace VpnLint.Analyzers.Reporting;

/// <summary>
/// Checks the requests of one method: pieces of requests alone, whole requests in the bundles
/// <see cref="RelatedRequests"/> forms.
/// </summary>
/// <remarks>
/// A request the method does not own completely may have parameters set elsewhere. Its findings are
/// those that hold whether such a parameter is absent or set to anything: the engine judges the
/// requests with the unset parameters absent and, when that finds something, again with them unknown;
/// a finding is reported when both runs give it. So neither "EnableSsl is not set" nor "IDaaSRegionId
/// is set" is claimed of code the analyzer does not see.
/// </remarks>
internal static class MethodCheck
{
    public static void Run(IReadOnlyList<RequestDraft> drafts, SourceLines lines, CheckContext context, Action<Diagnostic> report)
    {
        var whole = new List<RequestDraft>();
        foreach (var draft in drafts)
        {
            if (draft.IsWhole)
            {
                whole.Add(draft);
            }
            else
            {
                Check([draft], lines, context, report);
            }
        }

        foreach (var group in RelatedRequests.Group(whole))
        {
            Check(group, lines, context, report);
        }
    }

    private static void Check(IReadOnlyList<RequestDraft> drafts, SourceLines lines, CheckContext context, Action<Diagnostic> report)
    {
        var anyIncomplete = false;
        var anythingToJudge = false;
        foreach (var draft in drafts)
        {
            anyIncomplete |= !draft.IsComplete;
            anythingToJudge |= draft.IsComplete || RequestModel.SetsAConstant(draft);
        }

        if (!anythingToJudge)
        {
            return;
        }

        var requests = new List<Request>(drafts.Count);
        var structural = new List<Finding>();
        foreach (var draft in drafts)
        {
            var request = RequestModel.Build(draft, lines, unsetAsUnknown: false);
            requests.Add(request);
            StructuralFindings.Add(structural, request, draft, context);
        }

        // A missing parameter is judged only for complete requests, and a value outside its set holds
        // whatever else is set: the structural findings need no second look.
        Report(structural, requests, drafts, lines, report);

        HashSet<(string RuleId, SourceSpan Span, string Path)>? holdWhenSet = null;
        var findings = new List<Finding>();
        foreach (var finding in RuleEngine.Check(new RequestBundle(requests, context), StructuralFindings.EngineOptions))
        {
            if (anyIncomplete)
            {
                holdWhenSet ??= WithUnsetParametersUnknown(drafts, lines, context);
                if (!holdWhenSet.Contains(Key(finding)))
                {
                    continue;
                }
            }

            findings.Add(finding);
        }

        Report(findings, requests, drafts, lines, report);
    }

    /// <summary>Reports the findings C# can have; <paramref name="requests"/>[i] was built from <paramref name="drafts"/>[i].</summary>
    private static void Report(List<Finding> findings, List<Request> requests, IReadOnlyList<RequestDraft> drafts, SourceLines lines, Action<Diagnostic> report)
    {
        foreach (var finding in findings)
        {
            var index = finding.Request is { } request ? requests.IndexOf(request) : -1;
            if (index >= 0 && finding.Rule.Surface.HasFlag(RuleSurface.CSharp) &&
                FindingDiagnostics.From(finding, lines.Tree, drafts[index].Anchor) is { } diagnostic)
            {
                report(diagnostic);
            }
        }
    }

    private static HashSet<(string RuleId, SourceSpan Span, string Path)> WithUnsetParametersUnknown(IReadOnlyList<RequestDraft> drafts, SourceLines lines, CheckContext context)
    {
        var requests = new List<Request>(drafts.Count);
        foreach (var draft in drafts)
        {
            requests.Add(RequestModel.Build(draft, lines, unsetAsUnknown: !draft.IsComplete));
        }

        var keys = new HashSet<(string RuleId, SourceSpan Span, string Path)>();
        foreach (var finding in RuleEngine.Check(new RequestBundle(requests, context), StructuralFindings.EngineOptions))
        {
            keys.Add(Key(finding));
        }

        return keys;
    }

    private static (string RuleId, SourceSpan Span, string Path) Key(Finding finding) => (finding.RuleId, finding.Span, finding.Path);
}
