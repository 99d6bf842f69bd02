using VpnLint.Rules.Apis;

namespace VpnLint.Rules.Parameters;

/// <summary>Every parameter of every page, by API: the only place a parameter list is written.</summary>
public static class ParameterCatalog
{
    public static IReadOnlyList<ParameterDefinition> For(ApiKind api) => api switch
    {
        ApiKind.CreateVpnGateway => CreateVpnGatewayParameters.All,
        ApiKind.CreateSslVpnServer => SslServerParameters.CreateSslVpnServer,
        ApiKind.ModifySslVpnServer => SslServerParameters.ModifySslVpnServer,
        ApiKind.CreateIpsecServer => CreateIpsecServerParameters.All,
        ApiKind.HuaweiCreateVpnServer => HuaweiCreateVpnServerParameters.All,
        _ => throw new ArgumentOutOfRangeException(nameof(api), api, null),
    };

    public static ParameterDefinition? Find(ApiKind api, string name)
    {
        foreach (var parameter in For(api))
        {
            if (string.Equals(parameter.Name, name, StringComparison.Ordinal))
            {
                return parameter;
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="name"/> is a top-level parameter of any API: how a request file is told from other JSON.</summary>
    public static bool IsKnownTopLevelName(string name)
    {
        foreach (var api in Api.All)
        {
            if (Find(api.Kind, name) is not null)
            {
                return true;
            }
        }

        return false;
    }
}
