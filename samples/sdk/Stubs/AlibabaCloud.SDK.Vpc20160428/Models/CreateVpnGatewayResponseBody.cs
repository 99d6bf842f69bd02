// Shape stub, not the SDK: the public shape of AlibabaCloud.SDK.Vpc20160428 7.2.6 (Alibaba Cloud VPC, V2),
// which this build cannot download. No behaviour; every method throws.
#nullable disable

using Tea;

namespace AlibabaCloud.SDK.Vpc20160428.Models;

public class CreateVpnGatewayResponseBody : TeaModel
{
    [NameInMap("Name")]
    [Validation(Required = false)]
    public string Name { get; set; }

    [NameInMap("OrderId")]
    [Validation(Required = false)]
    public long? OrderId { get; set; }

    [NameInMap("RequestId")]
    [Validation(Required = false)]
    public string RequestId { get; set; }

    [NameInMap("VpnGatewayId")]
    [Validation(Required = false)]
    public string VpnGatewayId { get; set; }
}
