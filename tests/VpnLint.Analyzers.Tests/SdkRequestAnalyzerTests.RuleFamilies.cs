namespace VpnLint.Analyzers.Tests;

/// <summary>Each rule family that C# can break, with a failing and a passing request.</summary>
public sealed partial class SdkRequestAnalyzerTests
{
    [TestMethod]
    public Task RequestFamily_BadValues_AreReported() => Verify.VerifyAnalyzerAsync("""
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            void M()
            {
                var gateway = new CreateVpnGatewayRequest
                {
                    Name = {|#0:"1st-gateway"|},
                    ClientToken = {|#1:"tökén"|},
                    InstanceChargeType = {|#2:"prepay"|},
                    VpnType = {|#3:"Premium"|},
                };
                var ipsec = new CreateIpsecServerRequest { DryRun = {|#4:"True"|}, IpSecServerName = {|#5:""|} };
            }
        }
        """,
        Verify.Diagnostic("VPN010").WithLocation(0).WithArguments("Name", "\"1st-gateway\"", "it must start with a letter"),
        Verify.Diagnostic("VPN011").WithLocation(1).WithArguments("ClientToken", "\"tökén\"", "it may hold only ASCII characters, not 'ö'"),
        Verify.Diagnostic("VPN006").WithLocation(2).WithArguments("InstanceChargeType", "prepay", "write PREPAY; the values are case-sensitive"),
        Verify.Diagnostic("VPN006").WithLocation(3).WithArguments("VpnType", "Premium", "use Normal"),
        Verify.Diagnostic("VPN006").WithLocation(4).WithArguments("DryRun", "True", "write true; the values are case-sensitive"),
        Verify.Diagnostic("VPN010").WithLocation(5).WithArguments("IpSecServerName", "\"\"", "it must be 1 to 100 characters long, and it has 0"));

    [TestMethod]
    public Task RequestFamily_GoodValues_AreSilent() => Verify.VerifyAnalyzerAsync("""
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            void M()
            {
                var gateway = new CreateVpnGatewayRequest { Name = "office-gateway", ClientToken = "02fb3da4-130e-11e9", InstanceChargeType = "PREPAY", VpnType = "Normal" };
                var ipsec = new CreateIpsecServerRequest { DryRun = "true", IpSecServerName = "ipsec" };
            }
        }
        """);

    [TestMethod]
    public Task AddressingFamily_BadBlocks_AreReported() => Verify.VerifyAnalyzerAsync("""
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            void M()
            {
                var invalid = new CreateSslVpnServerRequest { ClientIpPool = {|#0:"192.168.1.0/33"|}, LocalSubnet = "{|#1:010.0.0.0/8|}" };
                var prefixes = new CreateSslVpnServerRequest { ClientIpPool = {|#2:"10.0.0.0/12"|}, LocalSubnet = "{|#3:12.0.0.0/6|}" };
                var reserved = new CreateSslVpnServerRequest { ClientIpPool = {|#4:"169.254.0.0/24"|}, LocalSubnet = "{|#5:127.0.0.0/8|}" };
                var overlapping = new ModifySslVpnServerRequest { ClientIpPool = {|#6:"10.1.0.0/24"|}, LocalSubnet = "10.0.0.0/8,{|#7:10.2.0.0/16|}" };
            }
        }
        """,
        Verify.Diagnostic("VPN100").WithLocation(0).WithArguments("ClientIpPool", "\"192.168.1.0/33\"", "the prefix length /33 is above 32"),
        Verify.Diagnostic("VPN100").WithLocation(1).WithArguments("LocalSubnet", "\"010.0.0.0/8\"", "010 has a leading zero, which some parsers read as octal; write 10"),
        Verify.Diagnostic("VPN102").WithLocation(2).WithArguments("ClientIpPool", "10.0.0.0/12", "12", "10.0.0.0/16"),
        Verify.Diagnostic("VPN103").WithLocation(3).WithArguments("LocalSubnet", "12.0.0.0/6", "6", "list the /8 or longer blocks clients need instead"),
        Verify.Diagnostic("VPN104").WithLocation(4).WithArguments("ClientIpPool", "169.254.0.0/24", "169.254.0.0/16", "link-local", "CreateSslVpnServer"),
        Verify.Diagnostic("VPN105").WithLocation(5).WithArguments("LocalSubnet", "127.0.0.0/8", "127.0.0.0/8", "loopback", "CreateSslVpnServer"),
        Verify.Diagnostic("VPN106").WithLocation(6).WithArguments("ClientIpPool", "10.1.0.0/24", "10.0.0.0/8"),
        Verify.Diagnostic("VPN109").WithLocation(7).WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
            .WithArguments("LocalSubnet", "10.2.0.0/16", "it lies within 10.0.0.0/8, listed before it; remove it"));

    [TestMethod]
    public Task AddressingFamily_GoodBlocks_AreSilent() => Verify.VerifyAnalyzerAsync("""
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            void M()
            {
                var request = new CreateSslVpnServerRequest { ClientIpPool = "192.168.0.0/16", LocalSubnet = "10.0.0.0/8,172.16.0.0/12" };
                var modify = new ModifySslVpnServerRequest { ClientIpPool = "192.168.10.0/24", LocalSubnet = "100.64.0.0/10" };
            }
        }
        """);

    [TestMethod]
    public Task SizingFamily_UnknownLimit_IsAWarningAgainstFive() => Verify.VerifyAnalyzerAsync("""
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            void M()
            {
                var small = new CreateSslVpnServerRequest { ClientIpPool = {|#0:"192.168.0.0/28"|} };
                var enough = new CreateSslVpnServerRequest { ClientIpPool = "192.168.1.0/27" };
            }
        }
        """,
        Verify.Diagnostic("VPN200").WithLocation(0).WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
            .WithArguments("ClientIpPool", "192.168.0.0/28", "16 addresses", "even the smallest SslConnections, 5 (the gateway's is unknown)", "at least 20", "4 × 5", "27"));

    [TestMethod]
    public Task TransportFamily_BadSettings_AreReported() => Verify.VerifyAnalyzerAsync("""
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            void M()
            {
                var tooHigh = new CreateSslVpnServerRequest { Port = {|#0:70000|}, Cipher = {|#1:"none"|}, Compress = {|#2:true|} };
                var negative = new ModifySslVpnServerRequest { Port = {|#3:-1|}, Compress = false };
            }
        }
        """,
        Verify.Diagnostic("VPN300").WithLocation(0).WithArguments("Port", "70000"),
        Verify.Diagnostic("VPN303").WithLocation(1).WithArguments("Cipher", "none"),
        Verify.Diagnostic("VPN304").WithLocation(2).WithArguments("Compress", "is true"),
        Verify.Diagnostic("VPN300").WithLocation(3).WithArguments("Port", "-1"));

    [TestMethod]
    public Task TransportFamily_GoodSettings_AreSilent() => Verify.VerifyAnalyzerAsync("""
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            void M()
            {
                var request = new CreateSslVpnServerRequest { Port = 1194, Proto = "UDP", Cipher = "AES-256-CBC", Compress = false };
            }
        }
        """);

    [TestMethod]
    public Task AuthenticationFamily_BadSettings_AreReported() => Verify.VerifyAnalyzerAsync("""
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            void M()
            {
                                var modify = new ModifySslVpnServerRequest { EnableMultiFactorAuth = false, IDaaSInstanceId = {|#1:"idaas-cn-hangzhou-p1"|} };
                var ipsec = new CreateIpsecServerRequest { PskEnabled = {|#2:false|}, Psk = {|#3:"Sup3r-Secret-Key"|} };
                var empty = new CreateIpsecServerRequest { PskEnabled = true, Psk = {|#4:""|} };
            }
        }
        """,
        Verify.Diagnostic("VPN401").WithLocation(1).WithArguments("IDaaSInstanceId", "false"),
        Verify.Diagnostic("VPN405").WithLocation(2).WithArguments("false"),
        Verify.Diagnostic("VPN407").WithLocation(3).WithMessage("Psk is written in clear text: it ends up in source control and CI logs; inject it when deploying from a secret store, or leave it out and the service generates one"),
        Verify.Diagnostic("VPN406").WithLocation(4).WithArguments("0"));

    [TestMethod]
    public Task AuthenticationFamily_GoodSettings_AreSilent() => Verify.VerifyAnalyzerAsync("""
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            void M(string secret)
            {
                var create = new CreateSslVpnServerRequest { EnableMultiFactorAuth = true, IDaaSInstanceId = "idaas-cn-hangzhou-p1", IDaaSRegionId = "cn-hangzhou" };
                var ipsec = new CreateIpsecServerRequest { PskEnabled = true, Psk = secret };
            }
        }
        """);

    [TestMethod]
    public Task IpsecNegotiationFamily_BadConfigs_AreReported() => Verify.VerifyAnalyzerAsync("""
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            void M()
            {
                var notJson = new CreateIpsecServerRequest { IkeConfig = {|#0:"IkeVersion=ikev2"|} };
                var weak = new CreateIpsecServerRequest
                {
                    IkeConfig = @"{""IkeVersion"":{|#1:""ikev1""|},""IkeAuthAlg"":""sha256"",""IkePfs"":""group14"",""LocalId"":{|#2:""not an id!""|}}",
                    IpsecConfig = @"{""IpsecAuthAlg"":""sha256"",""IpsecPfs"":""group14"",""IpsecLifetime"":{|#3:-5|}}",
                };
            }
        }
        """,
        Verify.Diagnostic("VPN500").WithLocation(0).WithArguments("IkeConfig", "it must start with '{', not 'I' (character 1)"),
        Verify.Diagnostic("VPN502").WithLocation(1).WithArguments("IkeConfig.IkeVersion", "ikev1", "", "use ikev2"),
        Verify.Diagnostic("VPN503").WithLocation(2).WithArguments("IkeConfig.LocalId", "\"not an id!\""),
        Verify.Diagnostic("VPN501").WithLocation(3).WithArguments("IpsecConfig.IpsecLifetime", "-5"));

    [TestMethod]
    public Task IpsecNegotiationFamily_StrongConfig_IsSilent() => Verify.VerifyAnalyzerAsync("""
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            const string Ike = "{\"IkeVersion\":\"ikev2\",\"IkeAuthAlg\":\"sha256\",\"IkePfs\":\"group14\",\"LocalId\":\"vpn.example.com\"}";

            void M()
            {
                var request = new CreateIpsecServerRequest { IkeConfig = Ike, IpsecConfig = "{\"IpsecAuthAlg\":\"sha256\",\"IpsecPfs\":\"group14\"}" };
            }
        }
        """);

    [TestMethod]
    public Task GatewayFamily_BadSettings_AreReported() => Verify.VerifyAnalyzerAsync("""
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            void M()
            {
                var sizes = new CreateVpnGatewayRequest { NetworkType = "public", Bandwidth = {|#0:5|}, EnableSsl = true, SslConnections = {|#1:7|}, Period = {|#2:10|} };
                var noSsl = new CreateVpnGatewayRequest { EnableSsl = false, SslConnections = {|#3:5|}, EnableIpsec = {|#4:false|} };
                var privateSsl = new CreateVpnGatewayRequest { NetworkType = "private", EnableSsl = {|#5:true|} };
                var postpay = new CreateVpnGatewayRequest { InstanceChargeType = "POSTPAY", AutoPay = {|#6:true|} };
            }
        }
        """,
        Verify.Diagnostic("VPN600").WithLocation(0).WithArguments("5", "public", "10, 100, 200, 500, 1000"),
        Verify.Diagnostic("VPN601").WithLocation(1).WithArguments("7"),
        Verify.Diagnostic("VPN605").WithLocation(2).WithArguments("10"),
        Verify.Diagnostic("VPN602").WithLocation(3).WithArguments("false"),
        Verify.Diagnostic("VPN603").WithLocation(4).WithArguments("false"),
        Verify.Diagnostic("VPN604").WithLocation(5).WithArguments(),
        Verify.Diagnostic("VPN606").WithLocation(6).WithArguments("AutoPay"));

    [TestMethod]
    public Task GatewayFamily_GoodSettings_AreSilent() => Verify.VerifyAnalyzerAsync("""
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            void M()
            {
                var gateway = new CreateVpnGatewayRequest
                {
                    NetworkType = "public", Bandwidth = 10, EnableSsl = true, SslConnections = 50, Period = 12,
                    InstanceChargeType = "PREPAY", AutoPay = true, VSwitchId = "vsw-1", DisasterRecoveryVSwitchId = "vsw-2",
                };
            }
        }
        """);
}
