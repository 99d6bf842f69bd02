// Shape stub, not the SDK: the public shape of AlibabaCloud.SDK.Vpc20160428 7.2.6 (Alibaba Cloud VPC, V2),
// which this build cannot download. No behaviour; every method throws.
#nullable disable

using Tea;

namespace AlibabaCloud.SDK.Vpc20160428.Models;

public class CreateSslVpnServerRequest : TeaModel
{
    [NameInMap("Cipher")]
    [Validation(Required = false)]
    public string Cipher { get; set; }

    [NameInMap("ClientIpPool")]
    [Validation(Required = false)]
    public string ClientIpPool { get; set; }

    [NameInMap("ClientToken")]
    [Validation(Required = false)]
    public string ClientToken { get; set; }

    [NameInMap("Compress")]
    [Validation(Required = false)]
    public bool? Compress { get; set; }

    [NameInMap("DnsServers")]
    [Validation(Required = false)]
    public string DnsServers { get; set; }

    [NameInMap("DryRun")]
    [Validation(Required = false)]
    public bool? DryRun { get; set; }

    [NameInMap("EnableMultiFactorAuth")]
    [Validation(Required = false)]
    public bool? EnableMultiFactorAuth { get; set; }

    [NameInMap("IDaaSApplicationId")]
    [Validation(Required = false)]
    public string IDaaSApplicationId { get; set; }

    [NameInMap("IDaaSInstanceId")]
    [Validation(Required = false)]
    public string IDaaSInstanceId { get; set; }

    [NameInMap("IDaaSRegionId")]
    [Validation(Required = false)]
    public string IDaaSRegionId { get; set; }

    [NameInMap("LocalSubnet")]
    [Validation(Required = false)]
    public string LocalSubnet { get; set; }

    [NameInMap("Name")]
    [Validation(Required = false)]
    public string Name { get; set; }

    [NameInMap("OwnerAccount")]
    [Validation(Required = false)]
    public string OwnerAccount { get; set; }

    [NameInMap("OwnerId")]
    [Validation(Required = false)]
    public long? OwnerId { get; set; }

    [NameInMap("Port")]
    [Validation(Required = false)]
    public int? Port { get; set; }

    [NameInMap("Proto")]
    [Validation(Required = false)]
    public string Proto { get; set; }

    [NameInMap("RegionId")]
    [Validation(Required = false)]
    public string RegionId { get; set; }

    [NameInMap("ResourceOwnerAccount")]
    [Validation(Required = false)]
    public string ResourceOwnerAccount { get; set; }

    [NameInMap("ResourceOwnerId")]
    [Validation(Required = false)]
    public long? ResourceOwnerId { get; set; }

    [NameInMap("VpnGatewayId")]
    [Validation(Required = false)]
    public string VpnGatewayId { get; set; }
}
