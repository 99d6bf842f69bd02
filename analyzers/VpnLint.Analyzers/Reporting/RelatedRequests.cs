using VpnLint.Analyzers.Requests;
using VpnLint.Rules.Apis;
using VpnLint.Rules.Parameters;

namespace VpnLint.Analyzers.Reporting;

/// <summary>
/// Which whole requests of one method are checked together, as one bundle, so that the rules across
/// requests (VPN200's gateway limit, VPN700, VPN701, VPN702) see them.
/// </summary>
/// <remarks>
/// A gateway's ID is generated when the gateway is created, so a server that names a constant
/// VpnGatewayId is on a gateway that exists already, never on the one the method creates; and a
/// ModifySslVpnServer changes a server that exists already. So when the method creates exactly one
/// gateway, the bundle of that gateway holds it and the CreateSslVpnServer and CreateIpsecServer
/// requests whose VpnGatewayId is computed or unset (the engine puts every server of a bundle on its
/// only gateway). Servers that name the same constant VpnGatewayId are on one gateway, and so in one
/// VPC: they form a bundle of their own. Every other request is checked alone.
/// </remarks>
internal static class RelatedRequests
{
    public static List<List<RequestDraft>> Group(List<RequestDraft> whole)
    {
        var groups = new List<List<RequestDraft>>();
        var gateway = OnlyGateway(whole);
        var gatewayGroup = gateway is null ? null : new List<RequestDraft> { gateway };
        if (gatewayGroup is not null)
        {
            groups.Add(gatewayGroup);
        }

        // Made only when a server names its gateway.
        Dictionary<string, List<RequestDraft>>? byNamedGateway = null;
        foreach (var draft in whole)
        {
            if (draft == gateway)
            {
                continue;
            }

            if (!IsServerCreation(draft))
            {
                groups.Add([draft]);
            }
            else if (ConstantGatewayId(draft, out var named))
            {
                if (named is null)
                {
                    groups.Add([draft]);
                }
                else if (byNamedGateway is not null && byNamedGateway.TryGetValue(named, out var group))
                {
                    group.Add(draft);
                }
                else
                {
                    group = [draft];
                    (byNamedGateway ??= new Dictionary<string, List<RequestDraft>>(StringComparer.Ordinal)).Add(named, group);
                    groups.Add(group);
                }
            }
            else if (gatewayGroup is not null)
            {
                gatewayGroup.Add(draft);
            }
            else
            {
                groups.Add([draft]);
            }
        }

        return groups;
    }

    private static RequestDraft? OnlyGateway(List<RequestDraft> drafts)
    {
        RequestDraft? gateway = null;
        foreach (var draft in drafts)
        {
            if (draft.Type.Api == ApiKind.CreateVpnGateway)
            {
                if (gateway is not null)
                {
                    return null;
                }

                gateway = draft;
            }
        }

        return gateway;
    }

    private static bool IsServerCreation(RequestDraft draft) =>
        draft.Type.Api is ApiKind.CreateSslVpnServer or ApiKind.CreateIpsecServer;

    /// <summary>
    /// True when some write gives VpnGatewayId a constant that is not blank: the server is on an existing
    /// gateway, whose ID is <paramref name="named"/> when that is the only write, else null (not known which).
    /// </summary>
    private static bool ConstantGatewayId(RequestDraft draft, out string? named)
    {
        named = null;
        var writes = 0;
        var namesAGateway = false;
        foreach (var write in draft.Writes)
        {
            if (write.Name != ParameterNames.VpnGatewayId)
            {
                continue;
            }

            writes++;
            if (write.Value?.ConstantValue is { HasValue: true, Value: string text } && !string.IsNullOrWhiteSpace(text))
            {
                namesAGateway = true;
                named = text;
            }
        }

        if (writes > 1)
        {
            named = null;
        }

        return namesAGateway;
    }
}
