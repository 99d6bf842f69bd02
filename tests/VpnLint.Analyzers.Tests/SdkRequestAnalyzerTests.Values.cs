using Microsoft.CodeAnalysis.CSharp;

namespace VpnLint.Analyzers.Tests;

/// <summary>Which values are judged: compile-time constants only, located exactly inside the literals they come from.</summary>
public sealed partial class SdkRequestAnalyzerTests
{
    [TestMethod]
    public Task ConstField_IsJudgedAtTheReference() => Verify.VerifyAnalyzerAsync("""
        using AlibabaCloud.SDK.Vpc20160428.Models;

        static class Ports
        {
            public const int Https = 443;
        }

        class C
        {
            void M()
            {
                var request = new CreateSslVpnServerRequest { Port = {|#0:Ports.Https|} };
            }
        }
        """,
        Verify.Diagnostic("VPN301").WithLocation(0).WithArguments("Port", "443"));

    [TestMethod]
    public Task ConstLocal_IsJudged() => Verify.VerifyAnalyzerAsync("""
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            void M()
            {
                const string pool = "100.64.1.0/24";
                var request = new CreateSslVpnServerRequest { ClientIpPool = {|#0:pool|} };
            }
        }
        """,
        Verify.Diagnostic("VPN104").WithLocation(0)
            .WithArguments("ClientIpPool", "100.64.1.0/24", "100.64.0.0/10", "shared address space, 100.64.0.0 to 100.127.255.255", "CreateSslVpnServer"));

    [TestMethod]
    public Task NullableCast_IsJudged() => Verify.VerifyAnalyzerAsync("""
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            void M()
            {
                var request = new CreateSslVpnServerRequest { Port = {|#0:(int?)70000|} };
            }
        }
        """,
        Verify.Diagnostic("VPN300").WithLocation(0).WithArguments("Port", "70000"));

    [TestMethod]
    public Task Concatenation_PointsIntoTheRightLiteral() => Verify.VerifyAnalyzerAsync("""
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            const string Office = "10.0.0.0/8";

            void M()
            {
                var request = new CreateSslVpnServerRequest { LocalSubnet = Office + "," + "{|#0:172.16.0.1/24|}" };
            }
        }
        """,
        Verify.Diagnostic("VPN101").WithLocation(0).WithArguments("LocalSubnet", "172.16.0.1/24", "172.16.0.0/24"));

    [TestMethod]
    public Task ConcatenationWithConst_WholeValueForAClientPool() => Verify.VerifyAnalyzerAsync("""
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            const string Network = "192.168.1.7";

            void M()
            {
                var request = new CreateSslVpnServerRequest { ClientIpPool = {|#0:Network + "/24"|} };
            }
        }
        """,
        Verify.Diagnostic("VPN101").WithLocation(0).WithArguments("ClientIpPool", "192.168.1.7/24", "192.168.1.0/24"));

    [TestMethod]
    public Task ConstantInterpolation_PointsIntoTheText() => Verify.VerifyAnalyzerAsync("""
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            const string Office = "10.0.0.0";

            void M()
            {
                var request = new CreateSslVpnServerRequest { LocalSubnet = $"{Office}/8,{|#0:172.16.0.1/24|}" };
            }
        }
        """,
        Verify.Diagnostic("VPN101").WithLocation(0).WithArguments("LocalSubnet", "172.16.0.1/24", "172.16.0.0/24"));

    [TestMethod]
    public Task ConstantInterpolation_ItemFromAConst_PointsAtTheInterpolation() => Verify.VerifyAnalyzerAsync("""
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            const string Lab = "172.16.0.1/24";

            void M()
            {
                var request = new CreateSslVpnServerRequest { LocalSubnet = $"10.0.0.0/8,{{|#0:Lab|}}" };
            }
        }
        """,
        Verify.Diagnostic("VPN101").WithLocation(0).WithArguments("LocalSubnet", "172.16.0.1/24", "172.16.0.0/24"));

    [TestMethod]
    public Task InterpolatedText_DoubledBracesRawTextAndItemsAcrossParts_PointAtTheRightCharacters() => Verify.VerifyAnalyzerAsync(""""
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            const string Net = "172.16.0.1";

            void M()
            {
                var braces = new CreateSslVpnServerRequest { LocalSubnet = $"{|#0:{{x}}|},{|#1:172.16.0.1/24|}" };
                var verbatim = new CreateSslVpnServerRequest { LocalSubnet = $@"10.0.0.0/8,{|#2:{{x}}|},{|#3:172.16.0.1/24|}" };
                var raw = new CreateSslVpnServerRequest { LocalSubnet = $"""10.0.0.0/8,{"172.16.0.0/24"},{|#4:192.168.9.1/24|}""" };
                var textAfterHole = new CreateSslVpnServerRequest { LocalSubnet = $"10.0.0.0/8,{|#5:{Net}/24|}" };
                var constAndLiteral = new CreateSslVpnServerRequest { LocalSubnet = "10.0.0.0/8," + {|#6:Net + "/24"|} };
            }
        }
        """",
        Verify.Diagnostic("VPN100").WithLocation(0).WithArguments("LocalSubnet", "\"{x}\"", "it has no prefix length, and its address is not four numbers from 0 to 255; write a block such as 10.1.0.0/16"),
        Verify.Diagnostic("VPN101").WithLocation(1).WithArguments("LocalSubnet", "172.16.0.1/24", "172.16.0.0/24"),
        Verify.Diagnostic("VPN100").WithLocation(2).WithArguments("LocalSubnet", "\"{x}\"", "it has no prefix length, and its address is not four numbers from 0 to 255; write a block such as 10.1.0.0/16"),
        Verify.Diagnostic("VPN101").WithLocation(3).WithArguments("LocalSubnet", "172.16.0.1/24", "172.16.0.0/24"),
        Verify.Diagnostic("VPN101").WithLocation(4).WithArguments("LocalSubnet", "192.168.9.1/24", "192.168.9.0/24"),
        Verify.Diagnostic("VPN101").WithLocation(5).WithArguments("LocalSubnet", "172.16.0.1/24", "172.16.0.0/24"),
        Verify.Diagnostic("VPN101").WithLocation(6).WithArguments("LocalSubnet", "172.16.0.1/24", "172.16.0.0/24"));

    [TestMethod]
    public Task EscapeSequences_AreMappedToTheirSource() => Verify.VerifyAnalyzerAsync("""
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            void M()
            {
                var request = new CreateSslVpnServerRequest { LocalSubnet = "\x31\u0030.0.0.0/8,{|#0:\u0031\u00372.16.0.1/24|}" };
            }
        }
        """,
        Verify.Diagnostic("VPN101").WithLocation(0).WithArguments("LocalSubnet", "172.16.0.1/24", "172.16.0.0/24"));

    [TestMethod]
    public Task VerbatimLiteral_PointsAtTheItem() => Verify.VerifyAnalyzerAsync("""
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            void M()
            {
                var request = new CreateSslVpnServerRequest { LocalSubnet = @"10.0.0.0/8,{|#0:172.16.0.1/24|}" };
            }
        }
        """,
        Verify.Diagnostic("VPN101").WithLocation(0).WithArguments("LocalSubnet", "172.16.0.1/24", "172.16.0.0/24"));

    [TestMethod]
    public Task RawLiterals_PointAtTheItem() => Verify.VerifyAnalyzerAsync(""""
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            void M()
            {
                var single = new CreateSslVpnServerRequest { LocalSubnet = """10.0.0.0/8,{|#0:172.16.0.1/24|}""" };
                var multi = new CreateSslVpnServerRequest
                {
                    LocalSubnet = """
                        10.0.0.0/8,{|#1:192.168.7.1/24|}
                        """,
                };
            }
        }
        """",
        Verify.Diagnostic("VPN101").WithLocation(0).WithArguments("LocalSubnet", "172.16.0.1/24", "172.16.0.0/24"),
        Verify.Diagnostic("VPN101").WithLocation(1).WithArguments("LocalSubnet", "192.168.7.1/24", "192.168.7.0/24"));

    [TestMethod]
    public Task EmbeddedJson_PointsAtTheMember() => Verify.VerifyAnalyzerAsync("""
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            void M()
            {
                var request = new CreateIpsecServerRequest
                {
                    IkeConfig = "{\"IkeVersion\":\"ikev2\",\"IkeAuthAlg\":\"sha256\",\"IkePfs\":\"group14\",\"IkeLifetime\":{|#0:90000|}}",
                };
            }
        }
        """,
        Verify.Diagnostic("VPN501").WithLocation(0).WithArguments("IkeConfig.IkeLifetime", "90000"));

    [TestMethod]
    public Task NonConstantValues_AreSilent() => Verify.VerifyAnalyzerAsync("""
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            static string Pool() => "192.168.100.0/30";

            void M(int port, string network, string[] blocks)
            {
                var request = new CreateSslVpnServerRequest
                {
                    Port = port,
                    ClientIpPool = Pool(),
                    LocalSubnet = string.Join(",", blocks),
                    Cipher = network.Length > 3 ? "none" : "AES-128-CBC",
                };
                request.Proto = $"{network}tcp";
                var ipsec = new CreateIpsecServerRequest { Psk = network, IkeConfig = "{\"IkeLifetime\":" + port + "}" };
            }
        }
        """);

    [TestMethod]
    public Task PropertySetTwice_IsNotGuessedAt() => Verify.VerifyAnalyzerAsync("""
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            void M(bool custom)
            {
                var request = new CreateSslVpnServerRequest { Port = 443 };
                if (custom)
                {
                    request.Port = 1194;
                }

                var other = new CreateSslVpnServerRequest { Port = 1194 };
                other.Port += 100;
                other.Cipher ??= "none";
            }
        }
        """);

    [TestMethod]
    public async Task PropertySetTwiceThroughAnElementACopyALambdaOrConditionalAccess_IsNotGuessedAt()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using System;
                using AlibabaCloud.SDK.Vpc20160428.Models;

                class Wrapper
                {
                    public CreateSslVpnServerRequest Request = new();
                }

                class C
                {
                    void Elements(CreateSslVpnServerRequest[] requests, Wrapper wrapper, bool custom)
                    {
                        requests[0].Port = 443;
                        if (custom) requests[0].Port = 1194;
                        wrapper.Request.Proto = "udp";
                        if (custom) wrapper.Request.Proto = "UDP";
                    }

                    void Copy(bool custom)
                    {
                        var request = new CreateSslVpnServerRequest { Port = 443 };
                        var copy = request;
                        if (custom) copy.Port = 1194;
                    }

                    void Lambda()
                    {
                        var request = new CreateSslVpnServerRequest { Port = 443 };
                        Action reset = () => request.Port = 1194;
                    }

                    void Conditional(bool custom)
                    {
                        var request = new CreateSslVpnServerRequest { Port = 443 };
                        if (custom) request?.Port = 1194;
                    }

                    void SetOnce(CreateSslVpnServerRequest[] requests, CreateSslVpnServerRequest request)
                    {
                        requests[0].Port = {|#0:443|};
                        request?.Port = {|#1:22|};
                    }
                }
                """,
        };

        // `request?.Port = ...` is C# 14's null-conditional assignment.
        test.SolutionTransforms.Add((solution, projectId) => solution.WithProjectParseOptions(
            projectId, ((CSharpParseOptions)solution.GetProject(projectId)!.ParseOptions!).WithLanguageVersion(LanguageVersion.Preview)));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("VPN301").WithLocation(0).WithArguments("Port", "443"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("VPN301").WithLocation(1).WithArguments("Port", "22"));
        await test.RunAsync();
    }
}
