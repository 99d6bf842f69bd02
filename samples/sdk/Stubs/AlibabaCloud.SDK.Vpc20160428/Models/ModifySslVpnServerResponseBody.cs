// Shape stub, not the SDK: the public shape of AlibabaCloud.SDK.Vpc20160428 7.2.6 (Alibaba Cloud VPC, V2),
// which this build cannot download. No behaviour; every method throws.
#nullable disable

using Tea;

namespace AlibabaCloud.SDK.Vpc20160428.Models;

public class ModifySslVpnServerResponseBody : TeaModel
{
    [NameInMap("Cipher")]
    [Validation(Required = false)]
    public string Cipher { get; set; }

    [NameInMap("ClientIpPool")]
    [Validation(Required = false)]
    public string ClientIpPool { get; set; }

    [NameInMap("Compress")]
    [Validation(Required = false)]
    public bool? Compress { get; set; }

    [NameInMap("Connections")]
    [Validation(Required = false)]
    public int? Connections { get; set; }

    [NameInMap("CreateTime")]
    [Validation(Required = false)]
    public long? CreateTime { get; set; }

    [NameInMap("EnableMultiFactorAuth")]
    [Validation(Required = false)]
    public bool? EnableMultiFactorAuth { get; set; }

    [NameInMap("IDaaSApplicationId")]
    [Validation(Required = false)]
    public string IDaaSApplicationId { get; set; }

    [NameInMap("IDaaSInstanceId")]
    [Validation(Required = false)]
    public string IDaaSInstanceId { get; set; }

    [NameInMap("IDaaSInstanceVersion")]
    [Validation(Required = false)]
    public string IDaaSInstanceVersion { get; set; }

    [NameInMap("InternetIp")]
    [Validation(Required = false)]
    public string InternetIp { get; set; }

    [NameInMap("LocalSubnet")]
    [Validation(Required = false)]
    public string LocalSubnet { get; set; }

    [NameInMap("MaxConnections")]
    [Validation(Required = false)]
    public int? MaxConnections { get; set; }

    [NameInMap("Name")]
    [Validation(Required = false)]
    public string Name { get; set; }

    [NameInMap("Port")]
    [Validation(Required = false)]
    public int? Port { get; set; }

    [NameInMap("Proto")]
    [Validation(Required = false)]
    public string Proto { get; set; }

    [NameInMap("RegionId")]
    [Validation(Required = false)]
    public string RegionId { get; set; }

    [NameInMap("RequestId")]
    [Validation(Required = false)]
    public string RequestId { get; set; }

    [NameInMap("ResourceGroupId")]
    [Validation(Required = false)]
    public string ResourceGroupId { get; set; }

    [NameInMap("SslVpnServerId")]
    [Validation(Required = false)]
    public string SslVpnServerId { get; set; }

    [NameInMap("VpnGatewayId")]
    [Validation(Required = false)]
    public string VpnGatewayId { get; set; }
}
