using static VpnLint.Rules.Parameters.ParameterNames;

namespace VpnLint.Rules.Parameters;

/// <summary>
/// The SSL server parameters of CreateSslVpnServer (000_1f74d0483332064c.txt) and ModifySslVpnServer
/// (001_c9f2073a30bfc987.txt), which differ in what is required, in two defaults and in the IDaaS
/// parameters: each difference is a parameter of this file's builders, never merged away.
/// </summary>
internal static class SslServerParameters
{
    // Declared first: static initialisers run in order, and the two lists below use it.
    private static IReadOnlyList<ParameterDefinition> Newer { get; } =
    [
        new(DryRun, ParameterType.Boolean, "Whether to only precheck the request.", origin: ParameterOrigin.NewerThanPage),
        new(DnsServers, ParameterType.String, "The DNS servers pushed to clients.", origin: ParameterOrigin.NewerThanPage),
        .. AlibabaCommonParameters.AccountParameters,
    ];

    public static IReadOnlyList<ParameterDefinition> CreateSslVpnServer { get; } =
    [
        AlibabaCommonParameters.ActionFor("CreateSslVpnServer"),
        AlibabaCommonParameters.ApiVersion,
        AlibabaCommonParameters.ClientTokenParameter,
        AlibabaCommonParameters.RegionIdOf("the VPN gateway", "cn-shanghai"),
        new(VpnGatewayId, ParameterType.String, "The ID of the VPN gateway.", required: true, example: "vpn-bp1hgim8by0kc9nga****"),
        .. Shared(required: true, compressDefault: "false"),
        new(IDaaSApplicationId, ParameterType.String,
            "The ID of the IDaaS application (needed for IDaaS EIAM 2.0 instances).",
            example: "app_my6g4qmvnwxzj2f****", origin: ParameterOrigin.NewerThanPage),
        .. Newer,
    ];

    public static IReadOnlyList<ParameterDefinition> ModifySslVpnServer { get; } =
    [
        AlibabaCommonParameters.ActionFor("ModifySslVpnServer"),
        AlibabaCommonParameters.ApiVersion,
        AlibabaCommonParameters.ClientTokenParameter,
        AlibabaCommonParameters.RegionIdOf("the VPN gateway", "cn-hangzhou"),
        new(SslVpnServerId, ParameterType.String, "The ID of the SSL server.", required: true, example: "vss-bp18q7hzj6largv4v****"),
        .. Shared(required: false, compressDefault: "true"),
        new(IDaaSApplicationId, ParameterType.String,
            "The ID of the IDaaS application: required with two-factor authentication on an IDaaS EIAM 2.0 instance.",
            example: "app_my6g4qmvnwxzj2f****"),
        .. Newer,
    ];

    private static IReadOnlyList<ParameterDefinition> Shared(bool required, string compressDefault) =>
    [
        new(Name, ParameterType.String, "The SSL server name: 1 to 100 characters; it cannot start with http:// or https://.", example: "sslvpnname"),
        new(ClientIpPool, ParameterType.String,
            "The client CIDR block, from which clients get their addresses: prefix length 16 to 29, at least four times as many addresses as the gateway's SslConnections, outside 100.64.0.0/10, 127.0.0.0/8, 169.254.0.0/16, 224.0.0.0/4 and 255.0.0.0/8, and not overlapping the local CIDR blocks.",
            required: required, example: "192.168.1.0/24"),
        new(LocalSubnet, ParameterType.String,
            "The local CIDR blocks that clients reach, separated by commas: prefix length 8 to 32.",
            required: required, example: "10.0.0.0/8"),
        new(Proto, ParameterType.String, "The protocol of the SSL server: TCP (default) or UDP.", example: "UDP", defaultValue: "TCP", allowedValues: ["TCP", "UDP"]),
        new(Cipher, ParameterType.String, "The encryption algorithm: AES-128-CBC (default), AES-192-CBC, AES-256-CBC or none.",
            example: "AES-128-CBC", defaultValue: "AES-128-CBC", allowedValues: ["AES-128-CBC", "AES-192-CBC", "AES-256-CBC", "none"]),
        new(Port, ParameterType.Integer,
            "The port of the SSL server: 1 to 65535, default 1194; 22, 2222, 22222, 9000, 9001, 9002, 7505, 80, 443, 53, 68, 123, 4510, 4560, 500 and 4500 are not supported.",
            example: "1194", defaultValue: "1194"),
        new(Compress, ParameterType.Boolean, $"Whether to compress data (default {compressDefault}).", example: "false", defaultValue: compressDefault),
        new(EnableMultiFactorAuth, ParameterType.Boolean, "Whether to enable two-factor authentication through IDaaS.", example: "false"),
        new(IDaaSInstanceId, ParameterType.String, "The IDaaS instance ID.", example: "idaas-cn-hangzhou-p****"),
        new(IDaaSRegionId, ParameterType.String, "The region ID of the IDaaS instance.", example: "cn-hangzhou"),
    ];
}
