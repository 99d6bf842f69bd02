// Shape stub, not the SDK: the public shape of AlibabaCloud.SDK.Vpc20160428 7.2.6 (Alibaba Cloud VPC, V2),
// which this build cannot download. No behaviour; every method throws.
#nullable disable

using Tea;

namespace AlibabaCloud.SDK.Vpc20160428.Models;

public class CreateIpsecServerResponseBody : TeaModel
{
    [NameInMap("CreationTime")]
    [Validation(Required = false)]
    public string CreationTime { get; set; }

    [NameInMap("IpsecServerId")]
    [Validation(Required = false)]
    public string IpsecServerId { get; set; }

    [NameInMap("IpsecServerName")]
    [Validation(Required = false)]
    public string IpsecServerName { get; set; }

    [NameInMap("RegionId")]
    [Validation(Required = false)]
    public string RegionId { get; set; }

    [NameInMap("RequestId")]
    [Validation(Required = false)]
    public string RequestId { get; set; }

    [NameInMap("VpnGatewayId")]
    [Validation(Required = false)]
    public string VpnGatewayId { get; set; }
}
