using System;
using AlibabaCloud.SDK.Vpc20160428;
using AlibabaCloud.SDK.Vpc20160428.Models;
using Aliyun.Acs.Core;
using Aliyun.Acs.Core.Profile;

namespace VpnLint.Samples.Sdk;

/// <summary>
/// Requests with the mistakes VpnLint catches; the comment on each line names the rule. Build this
/// project to see the diagnostics: the SDK types are shape stubs, so there is nothing to run.
/// </summary>
public static class Program
{
    private const string OfficeNetwork = "10.0.0.0/8";

    public static void Main() => Console.WriteLine("Build this project to see VpnLint's diagnostics: its SDK types are shape stubs.");

    /// <summary>V2: a gateway and its SSL server in one method, so the server is sized by the gateway's SslConnections.</summary>
    public static void CreateGatewayAndServer(Client client)
    {
        var gateway = new CreateVpnGatewayRequest
        {
            RegionId = "cn-hangzhou",
            VpcId = "vpc-bp1ub1yt9cvakoelj****",
            Bandwidth = 5,                                 // VPN600: 5 Mbit/s is not offered
            EnableSsl = true,
            SslConnections = 50,
        };
        var gatewayId = client.CreateVpnGateway(gateway).Body.VpnGatewayId;

        var server = new CreateSslVpnServerRequest
        {
            RegionId = "cn-hangzhou",
            VpnGatewayId = gatewayId,                      // on the gateway above: sized by its SslConnections
            ClientIpPool = "192.168.100.0/25",             // VPN200: 50 connections need a /24
            LocalSubnet = OfficeNetwork + ",192.168.1.1/24", // VPN101 on the second block only
            Port = 443,                                    // VPN301: reserved by the service
            Proto = "udp",                                 // VPN006: the value is UDP
        };
        client.CreateSslVpnServer(server);
    }

    /// <summary>V2: an IPsec server sent without PskEnabled, with its key in the code.</summary>
    public static void CreateIpsecServer(Client client, int port)
    {
        var request = new CreateIpsecServerRequest         // VPN003: PskEnabled is missing
        {
            RegionId = "cn-hangzhou",
            VpnGatewayId = "vpn-bp1hgim8by0kc9nga****",
            LocalSubnet = "192.168.0.0/24",
            ClientIpPool = "172.16.10.0/24",               // VPN107: inside the VPC (vpnlint.vpc_cidrs)
            Psk = "example-psk",                           // VPN407: raised to an error in .editorconfig
            IkeConfig = """{"IkeVersion":"ikev2","IkeAuthAlg":"sha256","IkePfs":"group14","IkeLifetime":90000}""", // VPN501
            IpsecConfig = "{\"IpsecAuthAlg\":\"sha256\",\"IpsecPfs\":\"group14\",\"IpsecLifetime\":" + port + "}", // not a constant: not judged
        };
        client.CreateIpsecServerWithOptions(request, new AlibabaCloud.TeaUtil.Models.RuntimeOptions());
    }

    /// <summary>V1: a modification built with setters, for a gateway with 20 connections (vpnlint.ssl_connections).</summary>
    public static void ModifyWithV1(string accessKeyId, string accessKeySecret)
    {
        IAcsClient client = new DefaultAcsClient(DefaultProfile.GetProfile("cn-hangzhou", accessKeyId, accessKeySecret));
        var request = new Aliyun.Acs.Vpc.Model.V20160428.ModifySslVpnServerRequest();
        request.SslVpnServerId = "vss-bp18q7hzj6largv4v****";
        request.ClientIpPool = "192.168.200.0/26";         // VPN200: 20 connections need a /25
        request.Compress = true;                           // VPN304: compression before encryption
        client.GetAcsResponse(request);
    }

    /// <summary>A gateway configured in code that sends it elsewhere: what the method leaves out is not judged.</summary>
    public static CreateVpnGatewayRequest DraftGateway() => new()
    {
        VpcId = "vpc-bp1ub1yt9cvakoelj****",
        InstanceChargeType = "POSTPAY",
        Period = 12,                                       // VPN606: no effect on pay-as-you-go
    };
}
