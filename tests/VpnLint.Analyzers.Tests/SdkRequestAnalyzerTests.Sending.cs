namespace VpnLint.Analyzers.Tests;

/// <summary>
/// Missing parameters (VPN003) and the other rules about what a request leaves out: reported only for a
/// request the method creates and sends with the SDK, never for one that other code may still set.
/// </summary>
public sealed partial class SdkRequestAnalyzerTests
{
    [TestMethod]
    [DataRow("client.CreateSslVpnServer(request)")]
    [DataRow("await client.CreateSslVpnServerAsync(request)")]
    [DataRow("client.CreateSslVpnServerWithOptions(request, new RuntimeOptions())")]
    [DataRow("await client.CreateSslVpnServerWithOptionsAsync(request, new RuntimeOptions())")]
    public Task V2SentRequest_MissingParameter_IsReported(string send) => Verify.VerifyAnalyzerAsync("""
        using System.Threading.Tasks;
        using AlibabaCloud.OpenApiClient.Models;
        using AlibabaCloud.SDK.Vpc20160428;
        using AlibabaCloud.SDK.Vpc20160428.Models;
        using AlibabaCloud.TeaUtil.Models;

        class C
        {
            async Task M(Client client)
            {
                var request = {|#0:new CreateSslVpnServerRequest|}
                {
                    RegionId = "cn-hangzhou",
                    ClientIpPool = "192.168.0.0/24",
                    LocalSubnet = "10.0.0.0/8",
                };
                _ = SEND;
            }
        }
        """.Replace("SEND", send, StringComparison.Ordinal),
        Verify.Diagnostic("VPN003").WithLocation(0).WithArguments("VpnGatewayId", "missing", "CreateSslVpnServer", "; for example vpn-bp1hgim8by0kc9nga****"));

    [TestMethod]
    public Task V1SentRequest_LeftOutParameters_AreReported_ButRegionIdComesFromTheProfile() => Verify.VerifyAnalyzerAsync("""
        using Aliyun.Acs.Core;
        using Aliyun.Acs.Core.Profile;
        using Aliyun.Acs.Vpc.Model.V20160428;

        class C
        {
            void Send(IAcsClient client)
            {
                var request = {|#0:new CreateIpsecServerRequest()|};
                request.VpnGatewayId = "vpn-bp17lofy9fd0dnvzv****";
                request.LocalSubnet = "192.168.0.0/24";
                request.ClientIpPool = "10.10.0.0/24";
                var response = client.GetAcsResponse(request);
            }

            void SendWithDefaultClient()
            {
                var client = new DefaultAcsClient(DefaultProfile.GetProfile("cn-hangzhou", "id", "secret"));
                var response = client.GetAcsResponse({|#1:new CreateSslVpnServerRequest|} { VpnGatewayId = "vpn-1", LocalSubnet = "10.0.0.0/8" });
            }
        }
        """,
        Verify.Diagnostic("VPN003").WithLocation(0).WithArguments("PskEnabled", "missing", "CreateIpsecServer", "; for example true"),
        Verify.Diagnostic("VPN502").WithLocation(0).WithArguments("IkeConfig.IkeAuthAlg", "sha1", " (the default, as IkeConfig is left out)", "use sha256 or stronger"),
        Verify.Diagnostic("VPN502").WithLocation(0).WithArguments("IkeConfig.IkePfs", "group2", " (the default, as IkeConfig is left out)", "use group14 or stronger"),
        Verify.Diagnostic("VPN502").WithLocation(0).WithArguments("IpsecConfig.IpsecAuthAlg", "sha1", " (the default, as IpsecConfig is left out)", "use sha256 or stronger"),
        Verify.Diagnostic("VPN502").WithLocation(0).WithArguments("IpsecConfig.IpsecPfs", "group2", " (the default, as IpsecConfig is left out)", "use group14 or stronger"),
        Verify.Diagnostic("VPN003").WithLocation(1).WithArguments("ClientIpPool", "missing", "CreateSslVpnServer", "; for example 192.168.1.0/24"));

    [TestMethod]
    public Task V1SentRequest_ParameterSetThroughQueryParameters_IsNotMissing() => Verify.VerifyAnalyzerAsync("""
        using Aliyun.Acs.Core;
        using Aliyun.Acs.Vpc.Model.V20160428;

        static class RequestExtensions
        {
            public static void AddQueryParameters(this CreateSslVpnServerRequest request, string key, string value) => request.QueryParameters[key] = value;
        }

        class C
        {
            void ByKey(IAcsClient client)
            {
                var request = new CreateSslVpnServerRequest { VpnGatewayId = "vpn-1", LocalSubnet = "10.0.0.0/8" };
                request.QueryParameters["ClientIpPool"] = "192.168.1.0/24";
                client.GetAcsResponse(request);
            }

            void ByDictionaryMethod(IAcsClient client)
            {
                var request = new CreateSslVpnServerRequest { VpnGatewayId = "vpn-1", LocalSubnet = "10.0.0.0/8" };
                request.QueryParameters.Add("ClientIpPool", "192.168.1.0/24");
                client.GetAcsResponse(request);
            }

            void ByExtension(IAcsClient client)
            {
                var request = new CreateSslVpnServerRequest { VpnGatewayId = "vpn-1", LocalSubnet = "10.0.0.0/8" };
                request.AddQueryParameters("ClientIpPool", "192.168.1.0/24");
                client.GetAcsResponse(request);
            }

            void ByKeyOfAnotherParameter(IAcsClient client)
            {
                var request = {|#0:new CreateSslVpnServerRequest|} { VpnGatewayId = "vpn-1", LocalSubnet = "10.0.0.0/8" };
                request.QueryParameters["Port"] = "1194";
                client.GetAcsResponse(request);
            }
        }
        """,
        Verify.Diagnostic("VPN003").WithLocation(0).WithArguments("ClientIpPool", "missing", "CreateSslVpnServer", "; for example 192.168.1.0/24"));

    [TestMethod]
    public Task InlineRequest_SentDirectly_MissingParameter_IsReported() => Verify.VerifyAnalyzerAsync("""
        using AlibabaCloud.OpenApiClient.Models;
        using AlibabaCloud.SDK.Vpc20160428;
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            void M()
            {
                new Client(new Config()).CreateVpnGateway({|#0:new CreateVpnGatewayRequest|} { RegionId = "cn-hangzhou", VpcId = "vpc-1" });
            }
        }
        """,
        Verify.Diagnostic("VPN003").WithLocation(0).WithArguments("Bandwidth", "missing", "CreateVpnGateway", "; for example 10"));

    [TestMethod]
    public Task SentRequest_EmptyValue_IsReportedAtTheValue() => Verify.VerifyAnalyzerAsync("""
        using AlibabaCloud.SDK.Vpc20160428;
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            void M(Client client)
            {
                var request = new ModifySslVpnServerRequest { RegionId = "cn-hangzhou", SslVpnServerId = {|#0:""|}, Compress = false };
                client.ModifySslVpnServer(request);
            }
        }
        """,
        Verify.Diagnostic("VPN003").WithLocation(0).WithArguments("SslVpnServerId", "empty", "ModifySslVpnServer", "; for example vss-bp18q7hzj6largv4v****"));

    [TestMethod]
    public Task UnsentRequest_MissingParameters_AreSilent() => Verify.VerifyAnalyzerAsync("""
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            CreateSslVpnServerRequest Build() => new CreateSslVpnServerRequest { ClientIpPool = "192.168.0.0/24" };
        }
        """);

    [TestMethod]
    public Task RequestHandedToOtherCode_MissingParameters_AreSilent() => Verify.VerifyAnalyzerAsync("""
        using AlibabaCloud.SDK.Vpc20160428;
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            void M(Client client, string gatewayId)
            {
                var request = new CreateSslVpnServerRequest { ClientIpPool = "192.168.0.0/24" };
                AddNetworks(request);
                request.VpnGatewayId = gatewayId;
                client.CreateSslVpnServer(request);
            }

            static void AddNetworks(CreateSslVpnServerRequest request)
            {
                request.RegionId = "cn-hangzhou";
                request.LocalSubnet = "10.0.0.0/8";
            }
        }
        """);

    [TestMethod]
    public Task LookAlikeClient_DoesNotSend() => Verify.VerifyAnalyzerAsync("""
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class FakeClient
        {
            public void CreateSslVpnServer(CreateSslVpnServerRequest request) { }
        }

        class C
        {
            void M()
            {
                var request = new CreateSslVpnServerRequest { ClientIpPool = "192.168.0.0/24" };
                new FakeClient().CreateSslVpnServer(request);
            }
        }
        """);

    [TestMethod]
    public Task SentRequests_WhatTheyLeaveOut_IsReported() => Verify.VerifyAnalyzerAsync("""
        using AlibabaCloud.SDK.Vpc20160428;
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            void M(Client client)
            {
                var modify = new ModifySslVpnServerRequest { RegionId = "cn-hangzhou", SslVpnServerId = "vss-1", EnableMultiFactorAuth = {|#1:true|}, IDaaSInstanceId = "idaas-1", IDaaSRegionId = "cn-hangzhou" };
                client.ModifySslVpnServer(modify);
                var gateway = new CreateVpnGatewayRequest { RegionId = "cn-hangzhou", VpcId = "vpc-1", Bandwidth = 10, DisasterRecoveryVSwitchId = {|#2:"vsw-2"|} };
                client.CreateVpnGateway(gateway);
            }
        }
        """,
        Verify.Diagnostic("VPN400").WithLocation(1).WithArguments("IDaaSApplicationId", "ModifySslVpnServer", "IDaaSInstanceId, IDaaSRegionId and IDaaSApplicationId"),
        Verify.Diagnostic("VPN607").WithLocation(2).WithArguments());

    [TestMethod]
    public Task SentModification_WithoutCompress_KeepsTheServersCompression_WithCompressTrue_IsReported() => Verify.VerifyAnalyzerAsync("""
        using AlibabaCloud.SDK.Vpc20160428;
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            void Rename(Client client) =>
                client.ModifySslVpnServer(new ModifySslVpnServerRequest { RegionId = "cn-hangzhou", SslVpnServerId = "vss-1", Name = "renamed" });

            void ChangePort(Client client)
            {
                var request = new ModifySslVpnServerRequest { RegionId = "cn-hangzhou", SslVpnServerId = "vss-1" };
                request.Port = 1195;
                client.ModifySslVpnServer(request);
            }

            void TurnCompressionOn(Client client) =>
                client.ModifySslVpnServer(new ModifySslVpnServerRequest { RegionId = "cn-hangzhou", SslVpnServerId = "vss-1", Compress = {|#0:true|} });
        }
        """,
        Verify.Diagnostic("VPN304").WithLocation(0).WithArguments("Compress", "is true"));

    [TestMethod]
    public Task UnsentRequests_WhatTheyLeaveOut_IsSilent() => Verify.VerifyAnalyzerAsync("""
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            void M()
            {
                var modify = new ModifySslVpnServerRequest { SslVpnServerId = "vss-1", EnableMultiFactorAuth = true, IDaaSInstanceId = "idaas-1" };
                var gateway = new CreateVpnGatewayRequest { VpcId = "vpc-1", DisasterRecoveryVSwitchId = "vsw-2", InstanceChargeType = "PREPAY", SslConnections = 5 };
                var idaas = new CreateSslVpnServerRequest { IDaaSInstanceId = "idaas-1" };
            }
        }
        """);
}
