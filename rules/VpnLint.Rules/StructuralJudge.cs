using VpnLint.Rules.Catalog;
using VpnLint.Rules.Engine;
using VpnLint.Rules.Model;

namespace VpnLint.Rules;

/// <summary>
/// Turns what a JSON Schema validator reports into the engine's own finding, so that a front end that
/// validates against schema/ gives exactly the messages, severities and suggestions the engine gives.
/// </summary>
public static class StructuralJudge
{
    /// <summary>
    /// The findings of the structural rule for <paramref name="kind"/> on member <paramref name="memberName"/>
    /// of the object at <paramref name="objectPath"/>. Paths are the findings' own: "" for the request,
    /// "vpn_server", "vpn_server.ssl_options", "vpn_server.client_ca_certificates[0]", "IkeConfig".
    /// Empty when the engine sees no problem there: a value the API converts is still reported, as a
    /// warning, but IkeConfig given as an object, or a path the catalogue does not know, is not.
    /// </summary>
    public static IReadOnlyList<Finding> Judge(
        Request request,
        StructuralViolationKind kind,
        string objectPath,
        string memberName,
        CheckContext? context = null)
    {
        var check = CheckRegistry.Structural(kind);
        if (!AppliesTo(check.RuleId, request))
        {
            return [];
        }

        var bundle = new BundleFacts(new RequestBundle([request], context), CheckOptions.Default);
        var facts = bundle.Requests[0];
        var prefix = objectPath.Length == 0 ? string.Empty : objectPath + ".";
        foreach (var scope in facts.Scopes)
        {
            if (string.Equals(scope.PathPrefix, prefix, StringComparison.Ordinal))
            {
                var findings = new FindingCollector();
                check.CheckMember(new RequestCheckContext(facts, bundle, findings), scope, memberName);
                return findings.Findings;
            }
        }

        return [];
    }

    private static bool AppliesTo(string ruleId, Request request)
    {
        foreach (var page in RuleCatalog.Get(ruleId).Pages)
        {
            if (page == request.Api)
            {
                return true;
            }
        }

        return false;
    }
}
