// Shape stub, not the SDK: the public shape of AlibabaCloud.SDK.Vpc20160428 7.2.6 (Alibaba Cloud VPC, V2),
// which this build cannot download. No behaviour; every method throws.
#nullable disable

using Tea;

namespace AlibabaCloud.SDK.Vpc20160428.Models;

public class CreateVpnGatewayRequest : TeaModel
{
    [NameInMap("AutoPay")]
    [Validation(Required = false)]
    public bool? AutoPay { get; set; }

    [NameInMap("Bandwidth")]
    [Validation(Required = false)]
    public int? Bandwidth { get; set; }

    [NameInMap("ClientToken")]
    [Validation(Required = false)]
    public string ClientToken { get; set; }

    [NameInMap("DisasterRecoveryVSwitchId")]
    [Validation(Required = false)]
    public string DisasterRecoveryVSwitchId { get; set; }

    [NameInMap("EnableIpsec")]
    [Validation(Required = false)]
    public bool? EnableIpsec { get; set; }

    [NameInMap("EnableSsl")]
    [Validation(Required = false)]
    public bool? EnableSsl { get; set; }

    [NameInMap("InstanceChargeType")]
    [Validation(Required = false)]
    public string InstanceChargeType { get; set; }

    [NameInMap("Name")]
    [Validation(Required = false)]
    public string Name { get; set; }

    [NameInMap("NetworkType")]
    [Validation(Required = false)]
    public string NetworkType { get; set; }

    [NameInMap("OwnerAccount")]
    [Validation(Required = false)]
    public string OwnerAccount { get; set; }

    [NameInMap("OwnerId")]
    [Validation(Required = false)]
    public long? OwnerId { get; set; }

    [NameInMap("Period")]
    [Validation(Required = false)]
    public int? Period { get; set; }

    [NameInMap("RegionId")]
    [Validation(Required = false)]
    public string RegionId { get; set; }

    [NameInMap("ResourceGroupId")]
    [Validation(Required = false)]
    public string ResourceGroupId { get; set; }

    [NameInMap("ResourceOwnerAccount")]
    [Validation(Required = false)]
    public string ResourceOwnerAccount { get; set; }

    [NameInMap("ResourceOwnerId")]
    [Validation(Required = false)]
    public long? ResourceOwnerId { get; set; }

    [NameInMap("SslConnections")]
    [Validation(Required = false)]
    public int? SslConnections { get; set; }

    [NameInMap("VSwitchId")]
    [Validation(Required = false)]
    public string VSwitchId { get; set; }

    [NameInMap("VpcId")]
    [Validation(Required = false)]
    public string VpcId { get; set; }

    [NameInMap("VpnType")]
    [Validation(Required = false)]
    public string VpnType { get; set; }
}
