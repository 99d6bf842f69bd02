using VpnLint.Rules.Apis;
using VpnLint.Rules.Parameters;
using static VpnLint.Rules.Parameters.ParameterNames;

namespace VpnLint.Cli.Sources.Ros;

/// <summary>
/// The ROS resource types VpnLint checks, from their resource pages (ALIYUN::VPC::VpnGateway,
/// ALIYUN::VPC::SslVpnServer, ALIYUN::VPC::IpsecServer): the only place a ROS property is mapped to a
/// parameter. The properties are the API's, but for IpsecServerName (the API's IpSecServerName).
/// </summary>
internal static class RosResources
{
    private static readonly string[] RosSupplied = [RegionId, ClientToken, ParameterNames.Version];
    private static readonly string[] Account = [OwnerId, OwnerAccount, ResourceOwnerId, ResourceOwnerAccount];

    public static RosResourceType VpnGateway { get; } = new(
        "ALIYUN::VPC::VpnGateway",
        ApiKind.CreateVpnGateway,
        Same(VpcId, VSwitchId, EnableIpsec, AutoPay, Period, EnableSsl, Bandwidth, InstanceChargeType, SslConnections, Name, VpnType, NetworkType, DisasterRecoveryVSwitchId, ResourceGroupId))
    {
        NotSent = ["Description", "Tags"],
        RosSupplied = RosSupplied,
        NotSettable = Account,
    };

    public static RosResourceType SslVpnServer { get; } = new(
        "ALIYUN::VPC::SslVpnServer",
        ApiKind.CreateSslVpnServer,
        Same(Name, Proto, ClientIpPool, Compress, LocalSubnet, Cipher, VpnGatewayId, Port, EnableMultiFactorAuth, IDaaSRegionId, IDaaSInstanceId, IDaaSApplicationId))
    {
        RosSupplied = RosSupplied,
        NotSettable = [DryRun, DnsServers, .. Account],
    };

    public static RosResourceType IpsecServer { get; } = new(
        "ALIYUN::VPC::IpsecServer",
        ApiKind.CreateIpsecServer,
        new Dictionary<string, string>(Same(LocalSubnet, EffectImmediately, ClientIpPool, VpnGatewayId, IpsecConfig, Psk, IkeConfig, PskEnabled), StringComparer.Ordinal)
        {
            ["IpsecServerName"] = IpSecServerName,
        })
    {
        RosSupplied = RosSupplied,
        NotSettable = [DryRun],
    };

    public static IReadOnlyList<RosResourceType> All { get; } = [VpnGateway, SslVpnServer, IpsecServer];

    public static RosResourceType? Find(string type) => All.FirstOrDefault(resource => string.Equals(resource.Type, type, StringComparison.Ordinal));

    private static Dictionary<string, string> Same(params string[] names) => names.ToDictionary(name => name, name => name, StringComparer.Ordinal);
}
