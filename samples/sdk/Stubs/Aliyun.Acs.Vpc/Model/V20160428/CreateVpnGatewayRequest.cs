// Shape stub, not the SDK: the public shape of aliyun-net-sdk-vpc 3.0.14 / aliyun-net-sdk-core (Alibaba Cloud
// VPC, V1), which this build cannot download. No behaviour; every method throws.
#nullable disable

using Aliyun.Acs.Core;
using Aliyun.Acs.Core.Http;
using Aliyun.Acs.Core.Utils;

namespace Aliyun.Acs.Vpc.Model.V20160428;

public class CreateVpnGatewayRequest : RpcAcsRequest<CreateVpnGatewayResponse>
{
    private long? resourceOwnerId;
    private string clientToken;
    private bool? enableIpsec;
    private string networkType;
    private string instanceChargeType;
    private int? period;
    private bool? autoPay;
    private string resourceOwnerAccount;
    private int? bandwidth;
    private string ownerAccount;
    private long? ownerId;
    private string vpnType;
    private string vSwitchId;
    private bool? enableSsl;
    private int? sslConnections;
    private string vpcId;
    private string name;

    public CreateVpnGatewayRequest()
        : base("Vpc", "2016-04-28", "CreateVpnGateway", "vpc", "openAPI")
    {
        Method = MethodType.POST;
    }

    public long? ResourceOwnerId
    {
        get => resourceOwnerId;
        set
        {
            resourceOwnerId = value;
            DictionaryUtil.Add(QueryParameters, "ResourceOwnerId", value.ToString());
        }
    }

    public string ClientToken
    {
        get => clientToken;
        set
        {
            clientToken = value;
            DictionaryUtil.Add(QueryParameters, "ClientToken", value);
        }
    }

    public bool? EnableIpsec
    {
        get => enableIpsec;
        set
        {
            enableIpsec = value;
            DictionaryUtil.Add(QueryParameters, "EnableIpsec", value.ToString());
        }
    }

    public string NetworkType
    {
        get => networkType;
        set
        {
            networkType = value;
            DictionaryUtil.Add(QueryParameters, "NetworkType", value);
        }
    }

    public string InstanceChargeType
    {
        get => instanceChargeType;
        set
        {
            instanceChargeType = value;
            DictionaryUtil.Add(QueryParameters, "InstanceChargeType", value);
        }
    }

    public int? Period
    {
        get => period;
        set
        {
            period = value;
            DictionaryUtil.Add(QueryParameters, "Period", value.ToString());
        }
    }

    public bool? AutoPay
    {
        get => autoPay;
        set
        {
            autoPay = value;
            DictionaryUtil.Add(QueryParameters, "AutoPay", value.ToString());
        }
    }

    public string ResourceOwnerAccount
    {
        get => resourceOwnerAccount;
        set
        {
            resourceOwnerAccount = value;
            DictionaryUtil.Add(QueryParameters, "ResourceOwnerAccount", value);
        }
    }

    public int? Bandwidth
    {
        get => bandwidth;
        set
        {
            bandwidth = value;
            DictionaryUtil.Add(QueryParameters, "Bandwidth", value.ToString());
        }
    }

    public string OwnerAccount
    {
        get => ownerAccount;
        set
        {
            ownerAccount = value;
            DictionaryUtil.Add(QueryParameters, "OwnerAccount", value);
        }
    }

    public long? OwnerId
    {
        get => ownerId;
        set
        {
            ownerId = value;
            DictionaryUtil.Add(QueryParameters, "OwnerId", value.ToString());
        }
    }

    public string VpnType
    {
        get => vpnType;
        set
        {
            vpnType = value;
            DictionaryUtil.Add(QueryParameters, "VpnType", value);
        }
    }

    public string VSwitchId
    {
        get => vSwitchId;
        set
        {
            vSwitchId = value;
            DictionaryUtil.Add(QueryParameters, "VSwitchId", value);
        }
    }

    public bool? EnableSsl
    {
        get => enableSsl;
        set
        {
            enableSsl = value;
            DictionaryUtil.Add(QueryParameters, "EnableSsl", value.ToString());
        }
    }

    public int? SslConnections
    {
        get => sslConnections;
        set
        {
            sslConnections = value;
            DictionaryUtil.Add(QueryParameters, "SslConnections", value.ToString());
        }
    }

    public string VpcId
    {
        get => vpcId;
        set
        {
            vpcId = value;
            DictionaryUtil.Add(QueryParameters, "VpcId", value);
        }
    }

    public string Name
    {
        get => name;
        set
        {
            name = value;
            DictionaryUtil.Add(QueryParameters, "Name", value);
        }
    }
}
