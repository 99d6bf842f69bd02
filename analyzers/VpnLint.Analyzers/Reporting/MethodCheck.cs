using Microsoft.CodeAnalysis;
using VpnLint.Analyzers.Requests;
using VpnLint.Rules;
using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Model;
using VpnLint.Rules.Parameters;

namespace VpnLint.Analyzers.Reporting;

/// <summary>
/// Checks the requests of one method. A method that creates exactly one gateway and servers checks them
/// as one bundle, so that the servers are sized against the gateway's SslConnections (the engine puts
/// every server on a bundle's only gateway); so does a method whose servers all name one gateway;
/// otherwise each request is checked alone.
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

        if (IsGatewayWithServers(whole) || AreServersOfOneNamedGateway(whole))
        {
            Check(whole, lines, context, report);
            return;
        }

        foreach (var draft in whole)
        {
            Check([draft], lines, context, report);
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

    /// <summary>
    /// Servers that all name the same constant VpnGatewayId are on one gateway, and so in one VPC: checked
    /// together, a second server of a kind (VPN701) and overlapping client pools (VPN702) show. Servers of
    /// different or unknown gateways are not related, as they may be in different VPCs.
    /// </summary>
    private static bool AreServersOfOneNamedGateway(List<RequestDraft> drafts)
    {
        if (drafts.Count < 2)
        {
            return false;
        }

        string? gateway = null;
        foreach (var draft in drafts)
        {
            if (draft.Type.Api == ApiKind.CreateVpnGateway || ConstantGatewayId(draft) is not { } named ||
                (gateway is not null && !string.Equals(gateway, named, StringComparison.Ordinal)))
            {
                return false;
            }

            gateway = named;
        }

        return true;
    }

    private static string? ConstantGatewayId(RequestDraft draft)
    {
        string? named = null;
        foreach (var write in draft.Writes)
        {
            if (write.Name == ParameterNames.VpnGatewayId)
            {
                if (named is not null || write.Value?.ConstantValue is not { HasValue: true, Value: string text })
                {
                    return null;
                }

                named = text;
            }
        }

        return named;
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
