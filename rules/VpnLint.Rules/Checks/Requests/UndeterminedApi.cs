using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Engine;
using VpnLint.Rules.Model;
using VpnLint.Rules.Parameters;

namespace VpnLint.Rules.Checks.Requests;

/// <summary>
/// VPN002: the request's API cannot be determined. An Alibaba request names its API with <c>Action</c>;
/// a Huawei request is its <c>vpn_server</c> body. Front ends call <see cref="Identify"/> on every
/// top-level object before building a request.
/// </summary>
public static class UndeterminedApi
{
    private const string AlibabaActions = "CreateVpnGateway, CreateSslVpnServer, ModifySslVpnServer or CreateIpsecServer";

    // Names many Alibaba APIs share: alone they do not make an object a VPN request.
    private static readonly HashSet<string> SharedNames =
    [
        ParameterNames.Name, ParameterNames.Version, ParameterNames.RegionId, ParameterNames.ClientToken,
        ParameterNames.DryRun, ParameterNames.OwnerId, ParameterNames.OwnerAccount, ParameterNames.ResourceOwnerId,
        ParameterNames.ResourceOwnerAccount, ParameterNames.ResourceGroupId,
    ];

    public static ApiIdentificationResult Identify(ObjectValue root)
    {
        var action = root.Find(ParameterNames.Action);
        var body = root.Find(ParameterNames.VpnServer);
        if (action is not null && body is not null)
        {
            return Undetermined(action.NameSpan, "it has both an Action member (Alibaba) and a vpn_server body (Huawei); keep the one that matches the cloud");
        }

        if (body is not null)
        {
            return new ApiIdentificationResult(ApiIdentificationOutcome.Identified, ApiKind.HuaweiCreateVpnServer, null);
        }

        return action is not null ? IdentifyAction(action) : IdentifyMisspelledNamingKey(root) ?? IdentifyUnnamed(root);
    }

    /// <summary>
    /// A key that is <c>Action</c> or <c>vpn_server</c> in another case or with other separators (<c>action</c>,
    /// <c>ACTION</c>, <c>vpnServer</c>) and holds what that key takes: the API reads neither spelling, so the
    /// request names no API, but it is plainly a request, to be judged rather than skipped as a stranger's file.
    /// </summary>
    private static ApiIdentificationResult? IdentifyMisspelledNamingKey(ObjectValue root)
    {
        foreach (var member in root.Members)
        {
            if (NameSuggestion.SameName(member.Name, ParameterNames.Action) && member.Value is StringValue text && NameSuggestion.Closest(text.Text, AlibabaActionNames()) is { } api)
            {
                return Undetermined(member.NameSpan, $"the key {member.Name} is not Action, the only spelling the API reads; did you mean Action: {api}?");
            }

            if (NameSuggestion.SameName(member.Name, ParameterNames.VpnServer) && member.Value is ObjectValue)
            {
                return Undetermined(member.NameSpan, $"the key {member.Name} is not vpn_server, the only spelling Huawei CreateVpnServer reads; did you mean vpn_server?");
            }
        }

        return null;
    }

    private static ApiIdentificationResult IdentifyAction(RequestMember action)
    {
        if (action.Value is not StringValue text)
        {
            return Undetermined(action.Value.Span, $"Action must be a string that names the API: {AlibabaActions}");
        }

        if (Api.FindAlibabaAction(text.Text) is { } api)
        {
            return new ApiIdentificationResult(ApiIdentificationOutcome.Identified, api.Kind, null);
        }

        foreach (var candidate in Api.All)
        {
            if (candidate.Cloud == Cloud.Alibaba && string.Equals(candidate.Name, text.Text, StringComparison.OrdinalIgnoreCase))
            {
                return Undetermined(text.Span, $"Action {text.Text} differs from {candidate.Name} only in case; write Action: {candidate.Name}");
            }
        }

        if (string.Equals(text.Text, Api.HuaweiCreateVpnServer.Name, StringComparison.OrdinalIgnoreCase))
        {
            return Undetermined(text.Span, "CreateVpnServer is Huawei's API, which takes no Action: give its body as {\"vpn_server\": {...}}");
        }

        var close = NameSuggestion.Closest(text.Text, AlibabaActionNames());
        return close is not null
            ? Undetermined(text.Span, $"Action {text.Text} is not an API VpnLint checks; did you mean {close}?")
            : new ApiIdentificationResult(
                ApiIdentificationOutcome.OtherApi,
                null,
                Finding(text.Span, $"Action {text.Text} is not an API VpnLint checks: it checks {AlibabaActions}"));
    }

    private static ApiIdentificationResult IdentifyUnnamed(ObjectValue root)
    {
        if (!LooksLikeRequest(root))
        {
            return new ApiIdentificationResult(ApiIdentificationOutcome.NotARequest, null, Finding(root.Span, NoNameAdvice(null)));
        }

        return Undetermined(root.Span, NoNameAdvice(GuessApi(root)));
    }

    private static string NoNameAdvice(ApiDescription? guess) => guess switch
    {
        { Cloud: Cloud.Huawei } => "it has no vpn_server body, but its keys are those of Huawei CreateVpnServer's vpn_server: put them under vpn_server",
        { } api => $"it has no Action member, but its parameters are those of {api.Name}: add Action: {api.Name}",
        null => $"it has neither an Action member nor a vpn_server body; add Action naming the API ({AlibabaActions}), or give a Huawei CreateVpnServer body under vpn_server",
    };

    /// <summary>
    /// True when the object uses these APIs' parameter names: a key only they use, or two of the names
    /// many Alibaba APIs share. A package.json or a CI workflow is not a request.
    /// </summary>
    public static bool LooksLikeRequest(ObjectValue root)
    {
        var shared = 0;
        foreach (var member in root.Members)
        {
            if (member.Name == ParameterNames.Action || member.Name == ParameterNames.VpnServer || IsHuaweiBodyName(member.Name))
            {
                return true;
            }

            if (ParameterCatalog.IsKnownTopLevelName(member.Name))
            {
                if (!SharedNames.Contains(member.Name) || ++shared >= 2)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The API whose parameters best cover the object's keys, when one does so alone.</summary>
    private static ApiDescription? GuessApi(ObjectValue root)
    {
        ApiDescription? best = null;
        var bestScore = 0;
        var tie = false;
        foreach (var api in Api.All)
        {
            var score = 0;
            foreach (var member in root.Members)
            {
                var known = api.Cloud == Cloud.Huawei ? IsHuaweiBodyName(member.Name) : ParameterCatalog.Find(api.Kind, member.Name) is not null;
                score += known ? 1 : 0;
            }

            if (score > bestScore)
            {
                (best, bestScore, tie) = (api, score, false);
            }
            else if (score == bestScore && score > 0)
            {
                tie = true;
            }
        }

        return tie ? null : best;
    }

    private static bool IsHuaweiBodyName(string name) =>
        ParameterCatalog.Find(ApiKind.HuaweiCreateVpnServer, ParameterNames.VpnServer)?.FindProperty(name) is not null;

    private static IEnumerable<string> AlibabaActionNames()
    {
        foreach (var api in Api.All)
        {
            if (api.Cloud == Cloud.Alibaba)
            {
                yield return api.Name;
            }
        }
    }

    /// <summary>
    /// VPN002 for what a front end finds before there is an object to identify: an empty file, a file of
    /// only comments, a document that is a list or a single value.
    /// </summary>
    /// <param name="span">Where the file or document starts.</param>
    /// <param name="reason">Why no API can be determined and how to name one, without the file's content.</param>
    public static Finding Report(SourceSpan span, string reason) => Finding(span, reason);

    private static ApiIdentificationResult Undetermined(SourceSpan span, string reason) =>
        new(ApiIdentificationOutcome.Undetermined, null, Finding(span, reason));

    private static Finding Finding(SourceSpan span, string reason) =>
        new(RuleCatalog.Get(RuleIds.UndeterminedApi), Severity.Error, span, ParameterNames.Action, [reason], null, null, null);
}
