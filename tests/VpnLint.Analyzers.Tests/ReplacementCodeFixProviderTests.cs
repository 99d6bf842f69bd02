using Microsoft.CodeAnalysis;

namespace VpnLint.Analyzers.Tests;

/// <summary>
/// The tests of <see cref="CodeFixes.ReplacementCodeFixProvider"/>: each fixable rule, the literal's form
/// kept, only the offending block changed, Fix All, and no fix where the value is not a literal.
/// </summary>
[TestClass]
public sealed class ReplacementCodeFixProviderTests
{
    [TestMethod]
    public Task HostBits_InOneBlockOfAList_RewritesOnlyThatBlock() => Verify.VerifyCodeFixAsync(
        """
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            void M() => _ = new CreateSslVpnServerRequest { LocalSubnet = "10.0.0.0/8,{|#0:172.16.0.1/24|},192.168.0.0/16" };
        }
        """,
        """
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            void M() => _ = new CreateSslVpnServerRequest { LocalSubnet = "10.0.0.0/8,172.16.0.0/24,192.168.0.0/16" };
        }
        """,
        Verify.Diagnostic("VPN101").WithLocation(0).WithArguments("LocalSubnet", "172.16.0.1/24", "172.16.0.0/24"));

    [TestMethod]
    public Task HostBits_InAClientPool_KeepsTheQuotes() => Verify.VerifyCodeFixAsync(
        """
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            void M() => _ = new CreateSslVpnServerRequest { ClientIpPool = {|#0:"192.168.0.1/24"|} };
        }
        """,
        """
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            void M() => _ = new CreateSslVpnServerRequest { ClientIpPool = "192.168.0.0/24" };
        }
        """,
        Verify.Diagnostic("VPN101").WithLocation(0).WithArguments("ClientIpPool", "192.168.0.1/24", "192.168.0.0/24"));

    [TestMethod]
    public Task HostBits_InVerbatimAndRawLiterals_KeepTheirForm() => Verify.VerifyCodeFixAsync(
        """"
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            void M()
            {
                var verbatim = new CreateSslVpnServerRequest { ClientIpPool = {|#0:@"192.168.0.1/24"|} };
                var raw = new CreateSslVpnServerRequest { ClientIpPool = {|#1:"""192.168.1.1/24"""|} };
                var multiLine = new CreateSslVpnServerRequest
                {
                    LocalSubnet = """
                        10.0.0.0/8,{|#2:172.16.0.1/24|}
                        """,
                };
            }
        }
        """",
        """"
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            void M()
            {
                var verbatim = new CreateSslVpnServerRequest { ClientIpPool = @"192.168.0.0/24" };
                var raw = new CreateSslVpnServerRequest { ClientIpPool = """192.168.1.0/24""" };
                var multiLine = new CreateSslVpnServerRequest
                {
                    LocalSubnet = """
                        10.0.0.0/8,172.16.0.0/24
                        """,
                };
            }
        }
        """",
        Verify.Diagnostic("VPN101").WithLocation(0).WithArguments("ClientIpPool", "192.168.0.1/24", "192.168.0.0/24"),
        Verify.Diagnostic("VPN101").WithLocation(1).WithArguments("ClientIpPool", "192.168.1.1/24", "192.168.1.0/24"),
        Verify.Diagnostic("VPN101").WithLocation(2).WithArguments("LocalSubnet", "172.16.0.1/24", "172.16.0.0/24"));

    [TestMethod]
    public Task HostBits_AfterAShortHexEscape_WritesTheEscapeWithFourDigits() => Verify.VerifyCodeFixAsync(
        """
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            void M()
            {
                var shortEscape = new CreateSslVpnServerRequest { LocalSubnet = "10.0.0.0/8\x2C{|#0:\x31\x37\x32.16.0.1/24|}" };
                var fullEscape = new CreateSslVpnServerRequest { LocalSubnet = "10.0.0.0/8\x002C{|#1:172.16.0.1/24|}" };
            }
        }
        """,
        """
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            void M()
            {
                var shortEscape = new CreateSslVpnServerRequest { LocalSubnet = "10.0.0.0/8\x002C172.16.0.0/24" };
                var fullEscape = new CreateSslVpnServerRequest { LocalSubnet = "10.0.0.0/8\x002C172.16.0.0/24" };
            }
        }
        """,
        Verify.Diagnostic("VPN101").WithLocation(0).WithArguments("LocalSubnet", "172.16.0.1/24", "172.16.0.0/24"),
        Verify.Diagnostic("VPN101").WithLocation(1).WithArguments("LocalSubnet", "172.16.0.1/24", "172.16.0.0/24"));

    [TestMethod]
    public async Task PortOutOfRangeAndReserved_UseTheDefaultPort()
    {
        var test = new Verify.Test
        {
            TestCode = """
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            void M()
            {
                var high = new CreateSslVpnServerRequest { Port = {|#0:70000|} };
                var negative = new ModifySslVpnServerRequest { Port = {|#1:-1|}, Compress = false };
                var reserved = new Aliyun.Acs.Vpc.Model.V20160428.CreateSslVpnServerRequest();
                reserved.Port = {|#2:443|};
            }
        }
        """,
            FixedCode = """
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            void M()
            {
                var high = new CreateSslVpnServerRequest { Port = 1194 };
                var negative = new ModifySslVpnServerRequest { Port = 1194, Compress = false };
                var reserved = new Aliyun.Acs.Vpc.Model.V20160428.CreateSslVpnServerRequest();
                reserved.Port = 1194;
            }
        }
        """,

            // Fix All runs once per rule: VPN300, then VPN301.
            NumberOfFixAllIterations = 2,
        };
        test.ExpectedDiagnostics.AddRange(
        [
            Verify.Diagnostic("VPN300").WithLocation(0).WithArguments("Port", "70000"),
            Verify.Diagnostic("VPN300").WithLocation(1).WithArguments("Port", "-1"),
            Verify.Diagnostic("VPN301").WithLocation(2).WithArguments("Port", "443"),
        ]);
        await test.RunAsync();
    }

    [TestMethod]
    public Task ValueInTheWrongCase_UsesTheAllowedSpelling() => Verify.VerifyCodeFixAsync(
        """
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            void M()
            {
                var server = new CreateSslVpnServerRequest { Proto = {|#0:"tcp"|}, Cipher = {|#1:"aes-256-cbc"|} };
                var ipsec = new CreateIpsecServerRequest { DryRun = {|#2:"True"|} };
            }
        }
        """,
        """
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            void M()
            {
                var server = new CreateSslVpnServerRequest { Proto = "TCP", Cipher = "AES-256-CBC" };
                var ipsec = new CreateIpsecServerRequest { DryRun = "true" };
            }
        }
        """,
        Verify.Diagnostic("VPN006").WithLocation(0).WithArguments("Proto", "tcp", "write TCP; the values are case-sensitive"),
        Verify.Diagnostic("VPN006").WithLocation(1).WithArguments("Cipher", "aes-256-cbc", "write AES-256-CBC; the values are case-sensitive"),
        Verify.Diagnostic("VPN006").WithLocation(2).WithArguments("DryRun", "True", "write true; the values are case-sensitive"));

    [TestMethod]
    public Task ValueInTheWrongCase_InsideIkeConfigJson_RewritesOnlyTheTextBetweenTheJsonQuotes() => Verify.VerifyCodeFixAsync(
        """"
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            void M()
            {
                var regular = new CreateIpsecServerRequest { IkeConfig = "{\"IkeVersion\":{|#0:\"IKEV2\"|},\"IkeAuthAlg\":\"sha256\",\"IkePfs\":\"group14\"}" };
                var escaped = new CreateIpsecServerRequest { IkeConfig = "{\"IkeVersion\":{|#1:\"\u0049KEV2\"|},\"IkeAuthAlg\":\"sha256\",\"IkePfs\":\"group14\"}" };
                var verbatim = new CreateIpsecServerRequest { IkeConfig = @"{""IkeVersion"":{|#2:""IKEV2""|},""IkeAuthAlg"":""sha256"",""IkePfs"":""group14""}" };
                var raw = new CreateIpsecServerRequest { IkeConfig = """{"IkeVersion":{|#3:"IKEV2"|},"IkeAuthAlg":"sha256","IkePfs":"group14"}""" };
                var multiLine = new CreateIpsecServerRequest
                {
                    IkeConfig = """
                        {"IkeVersion":{|#4:"IKEV2"|},"IkeAuthAlg":"sha256","IkePfs":"group14"}
                        """,
                };
            }
        }
        """",
        """"
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            void M()
            {
                var regular = new CreateIpsecServerRequest { IkeConfig = "{\"IkeVersion\":\"ikev2\",\"IkeAuthAlg\":\"sha256\",\"IkePfs\":\"group14\"}" };
                var escaped = new CreateIpsecServerRequest { IkeConfig = "{\"IkeVersion\":\"ikev2\",\"IkeAuthAlg\":\"sha256\",\"IkePfs\":\"group14\"}" };
                var verbatim = new CreateIpsecServerRequest { IkeConfig = @"{""IkeVersion"":""ikev2"",""IkeAuthAlg"":""sha256"",""IkePfs"":""group14""}" };
                var raw = new CreateIpsecServerRequest { IkeConfig = """{"IkeVersion":"ikev2","IkeAuthAlg":"sha256","IkePfs":"group14"}""" };
                var multiLine = new CreateIpsecServerRequest
                {
                    IkeConfig = """
                        {"IkeVersion":"ikev2","IkeAuthAlg":"sha256","IkePfs":"group14"}
                        """,
                };
            }
        }
        """",
        Verify.Diagnostic("VPN006").WithLocation(0).WithArguments("IkeConfig.IkeVersion", "IKEV2", "write ikev2; the values are case-sensitive"),
        Verify.Diagnostic("VPN006").WithLocation(1).WithArguments("IkeConfig.IkeVersion", "IKEV2", "write ikev2; the values are case-sensitive"),
        Verify.Diagnostic("VPN006").WithLocation(2).WithArguments("IkeConfig.IkeVersion", "IKEV2", "write ikev2; the values are case-sensitive"),
        Verify.Diagnostic("VPN006").WithLocation(3).WithArguments("IkeConfig.IkeVersion", "IKEV2", "write ikev2; the values are case-sensitive"),
        Verify.Diagnostic("VPN006").WithLocation(4).WithArguments("IkeConfig.IkeVersion", "IKEV2", "write ikev2; the values are case-sensitive"));

    [TestMethod]
    public Task ValueNotAllowed_OtherThanCase_HasNoFix()
    {
        const string source = """
            using AlibabaCloud.SDK.Vpc20160428.Models;

            class C
            {
                void M() => _ = new CreateSslVpnServerRequest { Proto = {|#0:"SCTP"|} };
            }
            """;
        return Verify.VerifyCodeFixAsync(source, source,
            Verify.Diagnostic("VPN006").WithLocation(0).WithArguments("Proto", "SCTP", "use one of TCP, UDP"));
    }

    [TestMethod]
    public Task ClientPoolTooLong_UsesThePrefixThatFitsTheAssumedLimit() => Verify.VerifyCodeFixAsync(
        """
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            void M() => _ = new CreateSslVpnServerRequest { ClientIpPool = {|#0:"192.168.100.0/30"|} };
        }
        """,
        """
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            void M() => _ = new CreateSslVpnServerRequest { ClientIpPool = "192.168.100.0/27" };
        }
        """,
        Verify.Diagnostic("VPN102").WithLocation(0).WithArguments("ClientIpPool", "192.168.100.0/30", "30", "192.168.100.0/27"),
        Verify.Diagnostic("VPN200").WithLocation(0).WithSeverity(DiagnosticSeverity.Warning)
            .WithArguments("ClientIpPool", "192.168.100.0/30", "4 addresses", "even the smallest SslConnections, 5 (the gateway's is unknown)", "at least 20", "4 × 5", "27"));

    [TestMethod]
    public Task ClientPoolTooSmallForTheGateway_UsesThePrefixThatFits() => Verify.VerifyCodeFixAsync(
        """
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            void M()
            {
                var gateway = new CreateVpnGatewayRequest { EnableSsl = true, SslConnections = 100 };
                var server = new CreateSslVpnServerRequest { ClientIpPool = {|#0:"10.10.0.0/24"|} };
            }
        }
        """,
        """
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            void M()
            {
                var gateway = new CreateVpnGatewayRequest { EnableSsl = true, SslConnections = 100 };
                var server = new CreateSslVpnServerRequest { ClientIpPool = "10.10.0.0/23" };
            }
        }
        """,
        Verify.Diagnostic("VPN200").WithLocation(0)
            .WithArguments("ClientIpPool", "10.10.0.0/24", "256 addresses", "the gateway's SslConnections 100", "at least 400", "4 × 100", "23"));

    [TestMethod]
    public async Task FixAll_FixesEveryOccurrenceInOnePass()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using AlibabaCloud.SDK.Vpc20160428.Models;

                class C
                {
                    void M()
                    {
                        var first = new CreateSslVpnServerRequest { Port = {|#0:443|}, LocalSubnet = "{|#1:10.0.0.1/8|},{|#2:172.16.0.1/24|}" };
                        var second = new ModifySslVpnServerRequest { Port = {|#3:22|}, Compress = false };
                        second.LocalSubnet = "192.168.0.0/16,{|#4:192.169.0.1/24|}";
                    }
                }
                """,
            FixedCode = """
                using AlibabaCloud.SDK.Vpc20160428.Models;

                class C
                {
                    void M()
                    {
                        var first = new CreateSslVpnServerRequest { Port = 1194, LocalSubnet = "10.0.0.0/8,172.16.0.0/24" };
                        var second = new ModifySslVpnServerRequest { Port = 1194, Compress = false };
                        second.LocalSubnet = "192.168.0.0/16,192.169.0.0/24";
                    }
                }
                """,
            // Fix All runs once per rule: VPN101 (three blocks, two in one literal), then VPN301 (two ports).
            NumberOfFixAllIterations = 2,
        };
        test.ExpectedDiagnostics.AddRange(
        [
            Verify.Diagnostic("VPN301").WithLocation(0).WithArguments("Port", "443"),
            Verify.Diagnostic("VPN101").WithLocation(1).WithArguments("LocalSubnet", "10.0.0.1/8", "10.0.0.0/8"),
            Verify.Diagnostic("VPN101").WithLocation(2).WithArguments("LocalSubnet", "172.16.0.1/24", "172.16.0.0/24"),
            Verify.Diagnostic("VPN301").WithLocation(3).WithArguments("Port", "22"),
            Verify.Diagnostic("VPN101").WithLocation(4).WithArguments("LocalSubnet", "192.169.0.1/24", "192.169.0.0/24"),
        ]);
        await test.RunAsync();
    }

    [TestMethod]
    public Task HostBits_InOneLiteralOfAConcatenationOrInterpolation_RewritesThatLiteral() => Verify.VerifyCodeFixAsync(
        """
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            void M()
            {
                var concatenated = new CreateSslVpnServerRequest { LocalSubnet = "10.0.0.0/8," + "{|#0:172.16.0.1/24|}" };
                var interpolated = new CreateSslVpnServerRequest { LocalSubnet = $"10.0.0.0/8,{"{|#1:172.17.0.1/24|}"}" };
            }
        }
        """,
        """
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            void M()
            {
                var concatenated = new CreateSslVpnServerRequest { LocalSubnet = "10.0.0.0/8," + "172.16.0.0/24" };
                var interpolated = new CreateSslVpnServerRequest { LocalSubnet = $"10.0.0.0/8,{"172.17.0.0/24"}" };
            }
        }
        """,
        Verify.Diagnostic("VPN101").WithLocation(0).WithArguments("LocalSubnet", "172.16.0.1/24", "172.16.0.0/24"),
        Verify.Diagnostic("VPN101").WithLocation(1).WithArguments("LocalSubnet", "172.17.0.1/24", "172.17.0.0/24"));

    [TestMethod]
    public Task ValueFromAConstOrSeveralLiterals_HasNoFix()
    {
        const string source = """
            using AlibabaCloud.SDK.Vpc20160428.Models;

            class C
            {
                const int HttpsPort = 443;

                void M() => _ = new CreateSslVpnServerRequest { Port = {|#0:HttpsPort|}, ClientIpPool = {|#1:"192.168.0.1" + "/24"|} };
            }
            """;
        return Verify.VerifyCodeFixAsync(source, source,
            Verify.Diagnostic("VPN301").WithLocation(0).WithArguments("Port", "443"),
            Verify.Diagnostic("VPN101").WithLocation(1).WithArguments("ClientIpPool", "192.168.0.1/24", "192.168.0.0/24"));
    }
}
