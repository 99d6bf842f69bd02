namespace VpnLint.Rules.Apis;

/// <summary>The five pages, in the order of the constraint catalogue's page keys.</summary>
public static class Api
{
    public static readonly ApiDescription CreateVpnGateway = new(
        ApiKind.CreateVpnGateway, Cloud.Alibaba, "CreateVpnGateway", "GW",
        "Virtual Private Cloud: CreateVpnGateway", "004_bb073ce6bc512930.txt");

    public static readonly ApiDescription CreateSslVpnServer = new(
        ApiKind.CreateSslVpnServer, Cloud.Alibaba, "CreateSslVpnServer", "SSL-C",
        "Virtual Private Cloud: CreateSslVpnServer", "000_1f74d0483332064c.txt");

    public static readonly ApiDescription ModifySslVpnServer = new(
        ApiKind.ModifySslVpnServer, Cloud.Alibaba, "ModifySslVpnServer", "SSL-M",
        "VPN Gateway: ModifySslVpnServer", "001_c9f2073a30bfc987.txt");

    public static readonly ApiDescription CreateIpsecServer = new(
        ApiKind.CreateIpsecServer, Cloud.Alibaba, "CreateIpsecServer", "IPS",
        "Virtual Private Cloud: CreateIpsecServer", "003_36d839fb5f31420e.txt");

    public static readonly ApiDescription HuaweiCreateVpnServer = new(
        ApiKind.HuaweiCreateVpnServer, Cloud.Huawei, "CreateVpnServer", "HW",
        "Huawei Cloud VPN: Creating a VPN Server (POST /v5/{project_id}/p2c-vpn-gateways/{p2c_vgw_id}/vpn-servers)",
        "002_df96631a4a0150fb.txt");

    public static IReadOnlyList<ApiDescription> All { get; } =
        [CreateVpnGateway, CreateSslVpnServer, ModifySslVpnServer, CreateIpsecServer, HuaweiCreateVpnServer];

    public static ApiDescription Describe(ApiKind kind) => All[(int)kind];

    /// <summary>The Alibaba API whose <c>Action</c> is exactly <paramref name="action"/>.</summary>
    public static ApiDescription? FindAlibabaAction(string action)
    {
        foreach (var api in All)
        {
            if (api.Cloud == Cloud.Alibaba && string.Equals(api.Name, action, StringComparison.Ordinal))
            {
                return api;
            }
        }

        return null;
    }

    public static bool IsSslServer(ApiKind kind) =>
        kind is ApiKind.CreateSslVpnServer or ApiKind.ModifySslVpnServer;
}
