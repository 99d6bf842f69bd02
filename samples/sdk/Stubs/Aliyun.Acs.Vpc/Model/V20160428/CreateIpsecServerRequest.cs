// Shape stub, not the SDK: the public shape of aliyun-net-sdk-vpc 3.0.14 / aliyun-net-sdk-core (Alibaba Cloud
// VPC, V1), which this build cannot download. No behaviour; every method throws.
#nullable disable

using Aliyun.Acs.Core;
using Aliyun.Acs.Core.Http;
using Aliyun.Acs.Core.Utils;

namespace Aliyun.Acs.Vpc.Model.V20160428;

public class CreateIpsecServerRequest : RpcAcsRequest<CreateIpsecServerResponse>
{
    private string ikeConfig;
    private string clientToken;
    private string ipsecConfig;
    private string psk;
    private string localSubnet;
    private bool? effectImmediately;
    private string clientIpPool;
    private string dryRun;
    private string vpnGatewayId;
    private bool? pskEnabled;
    private string ipSecServerName;

    public CreateIpsecServerRequest()
        : base("Vpc", "2016-04-28", "CreateIpsecServer", "vpc", "openAPI")
    {
        Method = MethodType.POST;
    }

    public string IkeConfig
    {
        get => ikeConfig;
        set
        {
            ikeConfig = value;
            DictionaryUtil.Add(QueryParameters, "IkeConfig", value);
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

    public string IpsecConfig
    {
        get => ipsecConfig;
        set
        {
            ipsecConfig = value;
            DictionaryUtil.Add(QueryParameters, "IpsecConfig", value);
        }
    }

    public string Psk
    {
        get => psk;
        set
        {
            psk = value;
            DictionaryUtil.Add(QueryParameters, "Psk", value);
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

    public bool? EffectImmediately
    {
        get => effectImmediately;
        set
        {
            effectImmediately = value;
            DictionaryUtil.Add(QueryParameters, "EffectImmediately", value.ToString());
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

    public string DryRun
    {
        get => dryRun;
        set
        {
            dryRun = value;
            DictionaryUtil.Add(QueryParameters, "DryRun", value);
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

    public bool? PskEnabled
    {
        get => pskEnabled;
        set
        {
            pskEnabled = value;
            DictionaryUtil.Add(QueryParameters, "PskEnabled", value.ToString());
        }
    }

    public string IpSecServerName
    {
        get => ipSecServerName;
        set
        {
            ipSecServerName = value;
            DictionaryUtil.Add(QueryParameters, "IpSecServerName", value);
        }
    }

    public override bool CheckShowJsonItemName() => false;
}
