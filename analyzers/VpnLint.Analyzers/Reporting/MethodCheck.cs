using Microsoft.CodeAnalysis;
using VpnLint.Analyzers.Requests;
using VpnLint.Analyzers.Settings;
using VpnLint.Rules;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Model;

namespace VpnLint.Analyzers.Reporting;

/// <summary>
/// Checks the requests of one method: pieces of requests alone, whole requests in the bundles
/// <see cref="RelatedRequests"/> forms. A request the method does not own completely is partial (see
/// <see cref="Request.IsPartial"/>): the engine reports of it only what holds however the code the
/// analyzer does not see sets it.
/// </summary>
internal static class MethodCheck
{
    public static void Run(IReadOnlyList<RequestDraft> drafts, SourceLines lines, TreeSettings settings, Action<Diagnostic> report)
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
                Check([draft], lines, settings, report);
            }
        }

        foreach (var group in RelatedRequests.Group(whole))
        {
            Check(group, lines, settings, report);
        }
    }

    private static void Check(IReadOnlyList<RequestDraft> drafts, SourceLines lines, TreeSettings settings, Action<Diagnostic> report)
    {
        if (!AnythingToJudge(drafts))
        {
            return;
        }

        var requests = new List<Request>(drafts.Count);
        foreach (var draft in drafts)
        {
            requests.Add(RequestModel.Build(draft, lines));
        }

        foreach (var finding in RuleEngine.Check(new RequestBundle(requests, settings.Context), settings.Options))
        {
            var index = finding.Request is { } request ? requests.IndexOf(request) : -1;
            if (index >= 0 && finding.Rule.Surface.HasFlag(RuleSurface.CSharp) &&
                FindingDiagnostics.From(finding, lines.Tree, drafts[index].Anchor) is { } diagnostic)
            {
                report(diagnostic);
            }
        }
    }

    /// <summary>
    /// Only constants are judged, and what a request leaves out only when the method owns it completely:
    /// requests that are neither, and set no constant, cannot break a rule.
    /// </summary>
    private static bool AnythingToJudge(IReadOnlyList<RequestDraft> drafts)
    {
        foreach (var draft in drafts)
        {
            if (draft.IsComplete || RequestModel.SetsAConstant(draft))
            {
                return true;
            }
        }

        return false;
    }
}
