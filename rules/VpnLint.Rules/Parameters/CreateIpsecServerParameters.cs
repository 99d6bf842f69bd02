using static VpnLint.Rules.Parameters.ParameterNames;

namespace VpnLint.Rules.Parameters;

/// <summary>CreateIpsecServer (003_36d839fb5f31420e.txt), with the members of its IkeConfig and IpsecConfig JSON.</summary>
internal static class CreateIpsecServerParameters
{
    public static IReadOnlyList<ParameterDefinition> IkeConfigMembers { get; } =
    [
        new(IkeVersion, ParameterType.String, "The IKE version: ikev1 or ikev2 (default).", defaultValue: "ikev2", allowedValues: ["ikev1", "ikev2"]),
        new(IkeMode, ParameterType.String, "The IKE negotiation mode (default main).", defaultValue: "main"),
        new(IkeEncAlg, ParameterType.String, "The encryption algorithm of Phase 1 (default aes).", defaultValue: "aes"),
        new(IkeAuthAlg, ParameterType.String, "The authentication algorithm of Phase 1 (default sha1).", defaultValue: "sha1"),
        new(IkePfs, ParameterType.String, "The Diffie-Hellman group of Phase 1 (default group2).", defaultValue: "group2"),
        new(IkeLifetime, ParameterType.Integer, "The SA lifetime of Phase 1 in seconds: 0 to 86400 (default 86400).", defaultValue: "86400"),
        new(LocalId, ParameterType.String, "The identifier of the IPsec server: an FQDN or an IP address (default the gateway's public IP address)."),
        new(RemoteId, ParameterType.String, "The peer identifier: an FQDN or an IP address (default empty)."),
    ];

    public static IReadOnlyList<ParameterDefinition> IpsecConfigMembers { get; } =
    [
        new(IpsecEncAlg, ParameterType.String, "The encryption algorithm of Phase 2 (default aes).", defaultValue: "aes"),
        new(IpsecAuthAlg, ParameterType.String, "The authentication algorithm of Phase 2 (default sha1).", defaultValue: "sha1"),
        new(IpsecPfs, ParameterType.String, "The Diffie-Hellman group of Phase 2 (default group2).", defaultValue: "group2"),
        new(IpsecLifetime, ParameterType.Integer, "The SA lifetime of Phase 2 in seconds: 0 to 86400 (default 86400).", defaultValue: "86400"),
    ];

    public static IReadOnlyList<ParameterDefinition> All { get; } =
    [
        AlibabaCommonParameters.ActionFor("CreateIpsecServer"),
        AlibabaCommonParameters.ApiVersion,
        AlibabaCommonParameters.RegionIdOf("the region where the VPN gateway is deployed", "cn-hangzhou"),
        new(VpnGatewayId, ParameterType.String, "The ID of the VPN gateway.", required: true, example: "vpn-bp17lofy9fd0dnvzv****"),
        new(LocalSubnet, ParameterType.String,
            "The local CIDR blocks that clients reach, separated by commas: 192.168.1.0/24,192.168.2.0/24.",
            required: true, example: "192.168.0.0/24"),
        new(ClientIpPool, ParameterType.String,
            "The client CIDR block, from which clients get their addresses; it must not overlap the CIDR blocks of the VPC.",
            required: true, example: "10.0.0.0/24"),
        new(IpSecServerName, ParameterType.String, "The name of the IPsec server: 1 to 100 characters.", example: "test"),
        new(EffectImmediately, ParameterType.Boolean, "Whether to start negotiations immediately (default false).", example: "true", defaultValue: "false"),
        new(IkeConfig, ParameterType.String,
            "The Phase 1 configuration, a JSON object: IkeVersion, IkeMode, IkeEncAlg, IkeAuthAlg, IkePfs, IkeLifetime, LocalId, RemoteId.",
            example: """{"IkeVersion":"ikev2","IkeMode":"main","IkeEncAlg":"aes","IkeAuthAlg":"sha1","IkePfs":"group2","IkeLifetime":86400}""",
            properties: IkeConfigMembers, embeddedJson: true),
        new(IpsecConfig, ParameterType.String,
            "The Phase 2 configuration, a JSON object: IpsecEncAlg, IpsecAuthAlg, IpsecPfs, IpsecLifetime.",
            example: """{"IpsecEncAlg":"aes","IpsecAuthAlg":"sha1","IpsecPfs":"group2","IpsecLifetime":86400}""",
            properties: IpsecConfigMembers, embeddedJson: true),
        new(PskEnabled, ParameterType.Boolean,
            "Whether pre-shared key authentication is enabled; the page notes that this parameter is required.",
            required: true, example: "true"),
        new(Psk, ParameterType.String,
            "The pre-shared key: 1 to 100 characters. If left out, the system generates a 16-character key.",
            isSecret: true),
        AlibabaCommonParameters.ClientTokenParameter,
        new(DryRun, ParameterType.String, "Whether to only precheck the request: true or false (default).",
            example: "false", defaultValue: "false", allowedValues: ["true", "false"]),
    ];
}
