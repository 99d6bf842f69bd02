namespace VpnLint.Rules.Parameters;

/// <summary>Every parameter name the checks refer to, spelt once, exactly as the pages spell them.</summary>
public static class ParameterNames
{
    public const string Action = "Action";
    public const string Version = "Version";

    public const string RegionId = "RegionId";
    public const string ClientToken = "ClientToken";
    public const string OwnerId = "OwnerId";
    public const string OwnerAccount = "OwnerAccount";
    public const string ResourceOwnerId = "ResourceOwnerId";
    public const string ResourceOwnerAccount = "ResourceOwnerAccount";
    public const string DryRun = "DryRun";

    public const string Name = "Name";
    public const string VpcId = "VpcId";
    public const string InstanceChargeType = "InstanceChargeType";
    public const string Period = "Period";
    public const string AutoPay = "AutoPay";
    public const string Bandwidth = "Bandwidth";
    public const string EnableIpsec = "EnableIpsec";
    public const string EnableSsl = "EnableSsl";
    public const string SslConnections = "SslConnections";
    public const string VSwitchId = "VSwitchId";
    public const string VpnType = "VpnType";
    public const string NetworkType = "NetworkType";
    public const string DisasterRecoveryVSwitchId = "DisasterRecoveryVSwitchId";
    public const string ResourceGroupId = "ResourceGroupId";

    public const string VpnGatewayId = "VpnGatewayId";
    public const string SslVpnServerId = "SslVpnServerId";
    public const string ClientIpPool = "ClientIpPool";
    public const string LocalSubnet = "LocalSubnet";
    public const string Proto = "Proto";
    public const string Cipher = "Cipher";
    public const string Port = "Port";
    public const string Compress = "Compress";
    public const string EnableMultiFactorAuth = "EnableMultiFactorAuth";
    public const string IDaaSInstanceId = "IDaaSInstanceId";
    public const string IDaaSRegionId = "IDaaSRegionId";
    public const string IDaaSApplicationId = "IDaaSApplicationId";
    public const string DnsServers = "DnsServers";

    public const string IpSecServerName = "IpSecServerName";
    public const string EffectImmediately = "EffectImmediately";
    public const string IkeConfig = "IkeConfig";
    public const string IpsecConfig = "IpsecConfig";
    public const string PskEnabled = "PskEnabled";
    public const string Psk = "Psk";

    public const string IkeVersion = "IkeVersion";
    public const string IkeMode = "IkeMode";
    public const string IkeEncAlg = "IkeEncAlg";
    public const string IkeAuthAlg = "IkeAuthAlg";
    public const string IkePfs = "IkePfs";
    public const string IkeLifetime = "IkeLifetime";
    public const string LocalId = "LocalId";
    public const string RemoteId = "RemoteId";
    public const string IpsecEncAlg = "IpsecEncAlg";
    public const string IpsecAuthAlg = "IpsecAuthAlg";
    public const string IpsecPfs = "IpsecPfs";
    public const string IpsecLifetime = "IpsecLifetime";

    public const string ProjectId = "project_id";
    public const string P2cVgwId = "p2c_vgw_id";
    public const string XClientToken = "X-Client-Token";
    public const string VpnServer = "vpn_server";
    public const string TunnelProtocol = "tunnel_protocol";
    public const string ClientCidr = "client_cidr";
    public const string LocalSubnets = "local_subnets";
    public const string ClientAuthType = "client_auth_type";
    public const string ServerCertificate = "server_certificate";
    public const string ClientCaCertificates = "client_ca_certificates";
    public const string SslOptions = "ssl_options";
    public const string HuaweiDnsServers = "dns_servers";
    public const string IdpName = "idp_name";
    public const string CertificateId = "id";
    public const string CertificateSource = "source";
    public const string CertificateName = "name";
    public const string CertificateContent = "content";
    public const string SslProtocol = "protocol";
    public const string SslPort = "port";
    public const string EncryptionAlgorithm = "encryption_algorithm";
    public const string IsCompressed = "is_compressed";
}
