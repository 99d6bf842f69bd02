using VpnLint.Rules.Catalog;
using VpnLint.Rules.Engine;
using VpnLint.Rules.Model;

namespace VpnLint.Rules;

/// <summary>
/// Turns what a JSON Schema validator reports into the engine's own finding, so that a front end that
/// validates against schema/ gives exactly the messages, severities and suggestions the engine gives.
/// One judge serves every violation of a request: the request's facts and scopes are worked out once,
/// as a validator may report thousands of members of one request.
/// </summary>
public sealed class StructuralJudge
{
    private readonly Request request;
    private readonly BundleFacts bundle;
    private readonly Dictionary<string, ParameterScope> scopesByPrefix = new(StringComparer.Ordinal);

    public StructuralJudge(Request request, CheckContext? context = null)
    {
        this.request = request;
        bundle = new BundleFacts(new RequestBundle([request], context), CheckOptions.Default);
        foreach (var scope in bundle.Requests[0].Scopes)
        {
            // The first scope of a path answers for it, as scopes are listed in source order.
            if (!scopesByPrefix.ContainsKey(scope.PathPrefix))
            {
                scopesByPrefix.Add(scope.PathPrefix, scope);
            }
        }
    }

    /// <summary>
    /// The findings of the structural rule for <paramref name="kind"/> on member <paramref name="memberName"/>
    /// of the object at <paramref name="objectPath"/>, judged alone. See <see cref="JudgeMember"/>.
    /// </summary>
    public static IReadOnlyList<Finding> Judge(
        Request request,
        StructuralViolationKind kind,
        string objectPath,
        string memberName,
        CheckContext? context = null) =>
        new StructuralJudge(request, context).JudgeMember(kind, objectPath, memberName);

    /// <summary>
    /// The findings of the structural rule for <paramref name="kind"/> on member <paramref name="memberName"/>
    /// of the object at <paramref name="objectPath"/>. Paths are the findings' own: "" for the request,
    /// "vpn_server", "vpn_server.ssl_options", "vpn_server.client_ca_certificates[0]", "IkeConfig".
    /// Empty when the engine sees no problem there: a value the API converts is still reported, as a
    /// warning, but IkeConfig given as an object, or a path the catalogue does not know, is not.
    /// </summary>
    public IReadOnlyList<Finding> JudgeMember(StructuralViolationKind kind, string objectPath, string memberName)
    {
        var check = CheckRegistry.Structural(kind);
        var prefix = objectPath.Length == 0 ? string.Empty : objectPath + ".";
        if (!AppliesTo(check.RuleId) || !scopesByPrefix.TryGetValue(prefix, out var scope))
        {
            return [];
        }

        var findings = new FindingCollector();
        check.CheckMember(new RequestCheckContext(bundle.Requests[0], bundle, findings), scope, memberName);
        return findings.Findings;
    }

    private bool AppliesTo(string ruleId)
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
