namespace VpnLint.Rules.Apis;

/// <summary>The five request APIs whose pages VpnLint encodes.</summary>
public enum ApiKind
{
    CreateVpnGateway,
    CreateSslVpnServer,
    ModifySslVpnServer,
    CreateIpsecServer,
    HuaweiCreateVpnServer,
}
