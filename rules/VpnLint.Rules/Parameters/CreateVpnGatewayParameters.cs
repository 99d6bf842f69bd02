using static VpnLint.Rules.Parameters.ParameterNames;

namespace VpnLint.Rules.Parameters;

/// <summary>CreateVpnGateway (004_bb073ce6bc512930.txt).</summary>
internal static class CreateVpnGatewayParameters
{
    public static IReadOnlyList<ParameterDefinition> All { get; } =
    [
        AlibabaCommonParameters.ActionFor("CreateVpnGateway"),
        AlibabaCommonParameters.ApiVersion,
        AlibabaCommonParameters.RegionIdOf("the VPN gateway", "cn-hangzhou"),
        new(Name, ParameterType.String,
            "The name of the VPN gateway: 2 to 100 characters, starting with a letter; letters, digits, underscores (_), hyphens (-) and periods (.); it cannot start with http:// or https://. Defaults to the gateway's ID.",
            example: "MYVPN"),
        new(VpcId, ParameterType.String, "The ID of the VPC where the VPN gateway is created.", required: true, example: "vpc-bp1ub1yt9cvakoelj****"),
        new(InstanceChargeType, ParameterType.String,
            "The billing method: POSTPAY (pay-as-you-go) or PREPAY (subscription).",
            example: "POSTPAY", allowedValues: ["PREPAY", "POSTPAY"]),
        new(Period, ParameterType.Integer, "The subscription duration in months: 1 to 9, 12, 24 or 36.", example: "1"),
        new(AutoPay, ParameterType.Boolean, "Whether to pay automatically for the gateway.", example: "false", defaultValue: "false"),
        new(Bandwidth, ParameterType.Integer,
            "The maximum bandwidth in Mbit/s: 10, 100, 200, 500 or 1000 for a public gateway; 200 or 1000 for a private gateway.",
            required: true, example: "10"),
        new(EnableIpsec, ParameterType.Boolean, "Whether to enable IPsec-VPN.", example: "true", defaultValue: "true"),
        new(EnableSsl, ParameterType.Boolean, "Whether to enable SSL-VPN.", example: "false", defaultValue: "false"),
        new(SslConnections, ParameterType.Integer,
            "The maximum number of clients connected at the same time: 5, 10, 20, 50, 100, 200, 500 or 1000. Every SSL server on the gateway needs a client CIDR block of at least four times as many addresses.",
            example: "5", defaultValue: "5"),
        new(VSwitchId, ParameterType.String,
            "The vSwitch of the VPN gateway; required, with DisasterRecoveryVSwitchId, in regions that support dual-tunnel IPsec-VPN.",
            example: "vsw-bp1j5miw2bae9s2vt****"),
        new(VpnType, ParameterType.String, "The type of the VPN gateway: Normal.", example: "Normal", defaultValue: "Normal", allowedValues: ["Normal"]),
        AlibabaCommonParameters.ClientTokenParameter,
        new(NetworkType, ParameterType.String, "The network type of the VPN gateway: public (default) or private.",
            example: "public", defaultValue: "public", allowedValues: ["public", "private"]),
        new(DisasterRecoveryVSwitchId, ParameterType.String,
            "The second vSwitch of the VPN gateway, in another zone; required with VSwitchId in regions that support dual-tunnel IPsec-VPN.",
            example: "vsw-p0wiz7obm0tbimu4r****"),
        new(ResourceGroupId, ParameterType.String, "The ID of the resource group the VPN gateway belongs to.", example: "rg-acfmzs372yg****"),
        .. AlibabaCommonParameters.AccountParameters,
    ];
}
