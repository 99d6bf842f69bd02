// Shape stub, not the SDK: the public shape of aliyun-net-sdk-vpc 3.0.14 / aliyun-net-sdk-core (Alibaba Cloud
// VPC, V1), which this build cannot download. No behaviour; every method throws.
#nullable disable

using Aliyun.Acs.Core;
using Aliyun.Acs.Core.Http;
using Aliyun.Acs.Core.Utils;

namespace Aliyun.Acs.Vpc.Model.V20160428;

public class CreateSslVpnServerRequest : RpcAcsRequest<CreateSslVpnServerResponse>
{
    private long? resourceOwnerId;
    private string clientToken;
    private string localSubnet;
    private string iDaaSRegionId;
    private bool? enableMultiFactorAuth;
    private string iDaaSInstanceId;
    private string cipher;
    private string clientIpPool;
    private string resourceOwnerAccount;
    private bool? compress;
    private string ownerAccount;
    private string vpnGatewayId;
    private long? ownerId;
    private int? port;
    private string proto;
    private string name;

    public CreateSslVpnServerRequest()
        : base("Vpc", "2016-04-28", "CreateSslVpnServer", "vpc", "openAPI")
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

    public string LocalSubnet
    {
        get => localSubnet;
        set
        {
            localSubnet = value;
            DictionaryUtil.Add(QueryParameters, "LocalSubnet", value);
        }
    }

    public string IDaaSRegionId
    {
        get => iDaaSRegionId;
        set
        {
            iDaaSRegionId = value;
            DictionaryUtil.Add(QueryParameters, "IDaaSRegionId", value);
        }
    }

    public bool? EnableMultiFactorAuth
    {
        get => enableMultiFactorAuth;
        set
        {
            enableMultiFactorAuth = value;
            DictionaryUtil.Add(QueryParameters, "EnableMultiFactorAuth", value.ToString());
        }
    }

    public string IDaaSInstanceId
    {
        get => iDaaSInstanceId;
        set
        {
            iDaaSInstanceId = value;
            DictionaryUtil.Add(QueryParameters, "IDaaSInstanceId", value);
        }
    }

    public string Cipher
    {
        get => cipher;
        set
        {
            cipher = value;
            DictionaryUtil.Add(QueryParameters, "Cipher", value);
        }
    }

    public string ClientIpPool
    {
        get => clientIpPool;
        set
        {
            clientIpPool = value;
            DictionaryUtil.Add(QueryParameters, "ClientIpPool", value);
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

    public bool? Compress
    {
        get => compress;
        set
        {
            compress = value;
            DictionaryUtil.Add(QueryParameters, "Compress", value.ToString());
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

    public string VpnGatewayId
    {
        get => vpnGatewayId;
        set
        {
            vpnGatewayId = value;
            DictionaryUtil.Add(QueryParameters, "VpnGatewayId", value);
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

    public int? Port
    {
        get => port;
        set
        {
            port = value;
            DictionaryUtil.Add(QueryParameters, "Port", value.ToString());
        }
    }

    public string Proto
    {
        get => proto;
        set
        {
            proto = value;
            DictionaryUtil.Add(QueryParameters, "Proto", value);
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
