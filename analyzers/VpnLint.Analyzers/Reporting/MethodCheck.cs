using Microsoft.CodeAnalysis;
using VpnLint.Analyzers.Requests;
using VpnLint.Rules;
using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Model;

namespace VpnLint.Analyzers.Reporting;

/// <summary>
/// Checks the requests of one method. A method that creates exactly one gateway and servers checks them
/// as one bundle, so that the servers are sized against the gateway's SslConnections (the engine puts
/// every server on a bundle's only gateway); otherwise each request is checked alone.
/// </summary>
/// <remarks>
/// A request the method does not own completely may have parameters set elsewhere. Its findings are
/// those that hold whether such a parameter is absent or set to anything: the engine runs once with
/// the unset parameters absent and once with them unknown, and a finding is reported when both runs
/// give it. So neither "EnableSsl is not set" nor "IDaaSRegionId is set" is claimed of code unseen.
/// </remarks>
internal static class MethodCheck
{
    public static void Run(IReadOnlyList<RequestDraft> drafts, SyntaxTree tree, CheckContext context, Action<Diagnostic> report)
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
                Check([draft], tree, context, report);
            }
        }

        if (IsGatewayWithServers(whole))
        {
            Check(whole, tree, context, report);
            return;
        }

        foreach (var draft in whole)
        {
            Check([draft], tree, context, report);
        }
    }

    private static bool IsGatewayWithServers(List<RequestDraft> drafts)
    {
        var gateways = 0;
        foreach (var draft in drafts)
        {
            if (draft.Type.Api == ApiKind.CreateVpnGateway)
            {
                gateways++;
            }
        }

        return gateways == 1 && drafts.Count > 1;
    }

    private static void Check(IReadOnlyList<RequestDraft> drafts, SyntaxTree tree, CheckContext context, Action<Diagnostic> report)
    {
        var draftOf = new Dictionary<Request, RequestDraft>();
        var unknown = new List<Request>(drafts.Count);
        var absent = new List<Request>(drafts.Count);
        var allComplete = true;
        foreach (var draft in drafts)
        {
            var request = RequestModel.Build(draft, tree, unsetAsUnknown: !draft.IsComplete);
            draftOf.Add(request, draft);
            unknown.Add(request);
            absent.Add(draft.IsComplete ? request : RequestModel.Build(draft, tree, unsetAsUnknown: false));
            allComplete &= draft.IsComplete;
        }

        var findings = RuleEngine.Check(new RequestBundle(unknown, context));
        var holdEitherWay = allComplete ? null : Keys(RuleEngine.Check(new RequestBundle(absent, context)));
        foreach (var finding in findings)
        {
            if (finding.Request is not { } request || !draftOf.TryGetValue(request, out var draft) ||
                !finding.Rule.Surface.HasFlag(RuleSurface.CSharp) ||
                (finding.RuleId == RuleIds.MissingRequiredParameter && !draft.IsComplete) ||
                (holdEitherWay is not null && !holdEitherWay.Contains(Key(finding))))
            {
                continue;
            }

            if (FindingDiagnostics.From(finding, tree, draft.Anchor) is { } diagnostic)
            {
                report(diagnostic);
            }
        }
    }

    private static HashSet<(string RuleId, SourceSpan Span, string Path)> Keys(IReadOnlyList<Finding> findings)
    {
        var keys = new HashSet<(string RuleId, SourceSpan Span, string Path)>();
        foreach (var finding in findings)
        {
            keys.Add(Key(finding));
        }

        return keys;
    }

    private static (string RuleId, SourceSpan Span, string Path) Key(Finding finding) => (finding.RuleId, finding.Span, finding.Path);
}
