using VpnLint.Rules.Apis;
using VpnLint.Rules.Parameters;
using static VpnLint.Rules.Parameters.ParameterNames;

namespace VpnLint.Cli.Sources.Terraform.Mapping;

/// <summary>
/// The resource types VpnLint checks in a Terraform plan, and what their providers send: read from the Create
/// and Update functions of terraform-provider-alicloud (resource_alicloud_vpn_gateway.go,
/// resource_alicloud_ssl_vpn_server.go, resource_alicloud_vpn_ipsec_server.go) and
/// terraform-provider-huaweicloud (huaweicloud/services/vpn/resource_huaweicloud_vpn_server.go). The only
/// place a Terraform attribute is mapped to a parameter.
/// </summary>
internal static class ProviderResources
{
    private const string HuaweiBody = VpnServer + ".";

    private static readonly string[] AlibabaProviderSupplied = [RegionId, ClientToken, ParameterNames.Version];
    private static readonly string[] AlibabaAccount = [OwnerId, OwnerAccount, ResourceOwnerId, ResourceOwnerAccount];

    public static ResourceType AlicloudVpnGateway { get; } = new(
        "alicloud_vpn_gateway",
        new ResourceMapping(ApiKind.CreateVpnGateway,
        [
            new("vpc_id", VpcId, Sending.Always),
            new("vswitch_id", VSwitchId, Sending.WhenSet),
            new("name", Name, Sending.WhenSet),

            // After the deprecated name, which it overrides when both are given.
            new("vpn_gateway_name", Name, Sending.WhenSet),
            new("network_type", NetworkType, Sending.WhenSet),
            new("auto_pay", AutoPay, Sending.WhenGiven) { ProviderDefault = "true" },
            new("enable_ipsec", EnableIpsec, Sending.WhenGiven),
            new("enable_ssl", EnableSsl, Sending.WhenGiven),
            new("ssl_connections", SslConnections, Sending.WhenSet) { OnlyWith = (EnableSsl, "true") },
            new("vpn_type", VpnType, Sending.WhenSet),
            new("disaster_recovery_vswitch_id", DisasterRecoveryVSwitchId, Sending.WhenSet),
            new("instance_charge_type", InstanceChargeType, Sending.WhenSet) { Transform = ValueTransform.ChargeType },
            new("payment_type", InstanceChargeType, Sending.WhenSet) { Transform = ValueTransform.PaymentType },
            new("bandwidth", Bandwidth, Sending.Always),
            new("resource_group_id", ResourceGroupId, Sending.WhenSet),
            new("period", Period, Sending.WhenSet) { OnlyWith = (InstanceChargeType, "PREPAY") },
        ])
        {
            ProviderSupplied = AlibabaProviderSupplied,
            NotSettable = AlibabaAccount,
        });

    public static ResourceType AlicloudSslVpnServer { get; } = new(
        "alicloud_ssl_vpn_server",
        new ResourceMapping(ApiKind.CreateSslVpnServer,
        [
            new("vpn_gateway_id", VpnGatewayId, Sending.Always),
            new("client_ip_pool", ClientIpPool, Sending.Always),
            new("local_subnet", LocalSubnet, Sending.Always),

            // The SDK's request leaves an empty string out.
            new("name", Name, Sending.WhenSet),
            new("protocol", Proto, Sending.Always),
            new("cipher", Cipher, Sending.Always),
            new("port", Port, Sending.Always),
            new("compress", Compress, Sending.Always),
        ])
        {
            ProviderSupplied = AlibabaProviderSupplied,
            NotSettable = [EnableMultiFactorAuth, IDaaSInstanceId, IDaaSRegionId, IDaaSApplicationId, DryRun, DnsServers, .. AlibabaAccount],
        },
        new ResourceMapping(ApiKind.ModifySslVpnServer,
        [
            new("id", SslVpnServerId, Sending.Always),
            new("name", Name, Sending.WhenChanged),
            new("client_ip_pool", ClientIpPool, Sending.Always),
            new("local_subnet", LocalSubnet, Sending.Always),
            new("protocol", Proto, Sending.WhenChanged),
            new("cipher", Cipher, Sending.WhenChanged),
            new("port", Port, Sending.WhenChanged),
            new("compress", Compress, Sending.WhenChanged),
        ])
        {
            ProviderSupplied = [RegionId, ParameterNames.Version],
            NotSettable = [ClientToken, EnableMultiFactorAuth, IDaaSInstanceId, IDaaSRegionId, IDaaSApplicationId, DryRun, DnsServers, .. AlibabaAccount],
        });

    public static ResourceType AlicloudVpnIpsecServer { get; } = new(
        "alicloud_vpn_ipsec_server",
        new ResourceMapping(ApiKind.CreateIpsecServer,
        [
            new("client_ip_pool", ClientIpPool, Sending.Always),
            new("dry_run", DryRun, Sending.WhenGiven) { Transform = ValueTransform.BooleanAsText },
            new("effect_immediately", EffectImmediately, Sending.WhenGiven),
            new("ipsec_server_name", IpSecServerName, Sending.WhenSet),
            new("local_subnet", LocalSubnet, Sending.Always),
            new("psk", Psk, Sending.WhenSet),
            new("psk_enabled", PskEnabled, Sending.WhenGiven),
            new("ike_config", IkeConfig, Sending.WhenSet)
            {
                Shape = BlockShape.EmbeddedObject,
                Members =
                [
                    new("ike_version", IkeVersion, Sending.WhenSet),
                    new("ike_mode", IkeMode, Sending.WhenSet),
                    new("ike_enc_alg", IkeEncAlg, Sending.WhenSet),
                    new("ike_auth_alg", IkeAuthAlg, Sending.WhenSet),
                    new("ike_pfs", IkePfs, Sending.WhenSet),
                    new("ike_lifetime", IkeLifetime, Sending.Always),
                    new("local_id", LocalId, Sending.WhenSet),
                    new("remote_id", RemoteId, Sending.WhenSet),
                ],
            },
            new("ipsec_config", IpsecConfig, Sending.WhenSet)
            {
                Shape = BlockShape.EmbeddedObject,
                Members =
                [
                    new("ipsec_enc_alg", IpsecEncAlg, Sending.WhenSet),
                    new("ipsec_auth_alg", IpsecAuthAlg, Sending.WhenSet),
                    new("ipsec_pfs", IpsecPfs, Sending.WhenSet),
                    new("ipsec_lifetime", IpsecLifetime, Sending.Always),
                ],
                MembersLost = "alicloud_vpn_ipsec_server sends ipsec_config's values as null when it creates the server (it reads them under the API's names, IpsecEncAlg and so on), so the API's defaults apply; set them with a later update, or through CreateIpsecServer directly",
            },
            new("vpn_gateway_id", VpnGatewayId, Sending.Always),
        ])
        {
            ProviderSupplied = AlibabaProviderSupplied,
        });

    public static ResourceType HuaweicloudVpnServer { get; } = new(
        "huaweicloud_vpn_server",
        new ResourceMapping(ApiKind.HuaweiCreateVpnServer,
        [
            new("p2c_vgw_id", P2cVgwId, Sending.Always),
            new("local_subnets", HuaweiBody + LocalSubnets, Sending.Always),
            new("client_cidr", HuaweiBody + ClientCidr, Sending.Always),
            new("tunnel_protocol", HuaweiBody + TunnelProtocol, Sending.WhenSet),
            new("client_auth_type", HuaweiBody + ClientAuthType, Sending.WhenSet),
            new("server_certificate", HuaweiBody + ServerCertificate, Sending.WhenSet)
            {
                Shape = BlockShape.Object,
                Members = [new("id", CertificateId, Sending.Always)],
            },
            new("client_ca_certificates", HuaweiBody + ClientCaCertificates, Sending.WhenSet)
            {
                Shape = BlockShape.ObjectList,
                Members = [new("content", CertificateContent, Sending.Always), new("name", CertificateName, Sending.WhenSet)],
            },
            new("ssl_options", HuaweiBody + SslOptions, Sending.WhenSet)
            {
                Shape = BlockShape.Object,
                SentWhenAbsent = true,
                Members =
                [
                    new("protocol", SslProtocol, Sending.WhenSet),
                    new("port", SslPort, Sending.WhenSet),
                    new("encryption_algorithm", EncryptionAlgorithm, Sending.WhenSet),
                    new("is_compressed", IsCompressed, Sending.WhenSet),
                ],
            },
        ])
        {
            ProviderSupplied = [ProjectId],
            NotSettable = [XClientToken, HuaweiBody + HuaweiDnsServers, HuaweiBody + IdpName, HuaweiBody + ServerCertificate + "." + CertificateSource],
        });

    public static IReadOnlyList<ResourceType> All { get; } = [AlicloudVpnGateway, AlicloudSslVpnServer, AlicloudVpnIpsecServer, HuaweicloudVpnServer];

    public static ResourceType? Find(string type)
    {
        foreach (var resource in All)
        {
            if (string.Equals(resource.Type, type, StringComparison.Ordinal))
            {
                return resource;
            }
        }

        return null;
    }
}
