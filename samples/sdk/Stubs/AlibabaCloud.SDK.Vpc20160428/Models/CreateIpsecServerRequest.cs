// Shape stub, not the SDK: the public shape of AlibabaCloud.SDK.Vpc20160428 7.2.6 (Alibaba Cloud VPC, V2),
// which this build cannot download. No behaviour; every method throws.
#nullable disable

using Tea;

namespace AlibabaCloud.SDK.Vpc20160428.Models;

public class CreateIpsecServerRequest : TeaModel
{
    [NameInMap("ClientIpPool")]
    [Validation(Required = false)]
    public string ClientIpPool { get; set; }

    [NameInMap("ClientToken")]
    [Validation(Required = false)]
    public string ClientToken { get; set; }

    [NameInMap("DryRun")]
    [Validation(Required = false)]
    public string DryRun { get; set; }

    [NameInMap("EffectImmediately")]
    [Validation(Required = false)]
    public bool? EffectImmediately { get; set; }

    [NameInMap("IkeConfig")]
    [Validation(Required = false)]
    public string IkeConfig { get; set; }

    [NameInMap("IpSecServerName")]
    [Validation(Required = false)]
    public string IpSecServerName { get; set; }

    [NameInMap("IpsecConfig")]
    [Validation(Required = false)]
    public string IpsecConfig { get; set; }

    [NameInMap("LocalSubnet")]
    [Validation(Required = false)]
    public string LocalSubnet { get; set; }

    [NameInMap("Psk")]
    [Validation(Required = false)]
    public string Psk { get; set; }

    [NameInMap("PskEnabled")]
    [Validation(Required = false)]
    public bool? PskEnabled { get; set; }

    [NameInMap("RegionId")]
    [Validation(Required = false)]
    public string RegionId { get; set; }

    [NameInMap("VpnGatewayId")]
    [Validation(Required = false)]
    public string VpnGatewayId { get; set; }
}
