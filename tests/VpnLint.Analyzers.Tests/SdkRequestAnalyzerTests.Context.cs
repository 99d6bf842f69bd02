using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace VpnLint.Analyzers.Tests;

/// <summary>Across the requests of one method, and what .editorconfig and .globalconfig add: context, severities, suppression.</summary>
public sealed partial class SdkRequestAnalyzerTests
{
    [TestMethod]
    public Task GatewayAndServerInOneMethod_ServerIsSizedByTheGateway() => Verify.VerifyAnalyzerAsync("""
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            void M()
            {
                var gateway = new CreateVpnGatewayRequest { EnableSsl = true, SslConnections = 50 };
                var server = new CreateSslVpnServerRequest { ClientIpPool = {|#0:"192.168.0.0/25"|} };
                var fits = new ModifySslVpnServerRequest { ClientIpPool = "192.168.8.0/24" };
            }
        }
        """,
        Verify.Diagnostic("VPN200").WithLocation(0)
            .WithArguments("ClientIpPool", "192.168.0.0/25", "128 addresses", "the gateway's SslConnections 50", "at least 200", "4 × 50", "24"));

    [TestMethod]
    public Task GatewayWithoutSslAndServerInOneMethod_IsReportedOnTheServer() => Verify.VerifyAnalyzerAsync("""
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            void M(string gatewayId)
            {
                var gateway = new CreateVpnGatewayRequest { EnableSsl = false, EnableIpsec = true };
                var server = new CreateIpsecServerRequest { VpnGatewayId = {|#0:gatewayId|}, PskEnabled = true };
            }
        }
        """,
        Verify.Diagnostic("VPN700").WithLocation(0).WithArguments("CreateIpsecServer", "7", "false"));

    [TestMethod]
    public Task TwoServersOnTheMethodsGateway_AreReported() => Verify.VerifyAnalyzerAsync("""
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            void M()
            {
                var gateway = new CreateVpnGatewayRequest { EnableSsl = true, SslConnections = 5 };
                var first = new CreateSslVpnServerRequest { ClientIpPool = "192.168.0.0/24" };
                var second = {|#0:new CreateSslVpnServerRequest|} { ClientIpPool = "192.168.1.0/24" };
                var ipsec = new CreateIpsecServerRequest { ClientIpPool = {|#1:"192.168.1.128/25"|} };
            }
        }
        """,
        Verify.Diagnostic("VPN701").WithLocation(0).WithArguments("SSL server", "the bundle's gateway", "8"),
        Verify.Diagnostic("VPN702").WithLocation(1).WithArguments("ClientIpPool", "192.168.1.128/25", "192.168.1.0/24", "9"));

    [TestMethod]
    public Task ModifiedServerAndServerOnANamedGateway_AreNotOnTheMethodsGateway() => Verify.VerifyAnalyzerAsync("""
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            void Sizing(string newGatewayId)
            {
                var gateway = new CreateVpnGatewayRequest { EnableSsl = true, SslConnections = 1000 };
                var existing = new ModifySslVpnServerRequest { SslVpnServerId = "vss-1", ClientIpPool = "192.168.0.0/24" };
                var named = new CreateIpsecServerRequest { VpnGatewayId = "vpn-existing", ClientIpPool = "192.168.0.0/22", PskEnabled = true };
                var onTheNewGateway = new CreateSslVpnServerRequest { VpnGatewayId = newGatewayId, ClientIpPool = {|#0:"10.0.0.0/24"|} };
            }

            void Ssl()
            {
                var gateway = new CreateVpnGatewayRequest { EnableSsl = false };
                var first = new CreateSslVpnServerRequest { VpnGatewayId = "vpn-a", ClientIpPool = "192.168.0.0/24" };
                var second = new CreateSslVpnServerRequest { VpnGatewayId = "vpn-b", ClientIpPool = "192.168.0.0/24" };
            }
        }
        """,
        Verify.Diagnostic("VPN200").WithLocation(0)
            .WithArguments("ClientIpPool", "10.0.0.0/24", "256 addresses", "the gateway's SslConnections 1000", "at least 4000", "4 × 1000", "20"));

    [TestMethod]
    public Task RequestsOfLocalFunctionsAndLambdas_AreNotTheMethods() => Verify.VerifyAnalyzerAsync("""
        using System;
        using AlibabaCloud.SDK.Vpc20160428;
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            void Gateway()
            {
                var gateway = new CreateVpnGatewayRequest { EnableSsl = true, SslConnections = 1000 };
                CreateSslVpnServerRequest Local() => new() { ClientIpPool = "192.168.0.0/24" };
                Func<CreateSslVpnServerRequest> lambda = () => new() { ClientIpPool = "192.168.0.0/24" };
            }

            void Captured(Client client)
            {
                var request = new CreateSslVpnServerRequest { RegionId = "cn-hangzhou", VpnGatewayId = "vpn-a", ClientIpPool = "192.168.0.0/24" };
                Action finish = () => { request.LocalSubnet = "10.0.0.0/8"; request.Port = {|#0:443|}; };
                finish();
                client.CreateSslVpnServer(request);
            }
        }
        """,
        Verify.Diagnostic("VPN301").WithLocation(0).WithArguments("Port", "443"));

    [TestMethod]
    public Task ServersWithoutAGatewayInTheMethod_AreCheckedAlone() => Verify.VerifyAnalyzerAsync("""
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            void M()
            {
                var first = new CreateSslVpnServerRequest { ClientIpPool = "192.168.0.0/24" };
                var second = new CreateSslVpnServerRequest { ClientIpPool = "192.168.0.0/24" };
            }

            void Other()
            {
                var gateway = new CreateVpnGatewayRequest { EnableSsl = true, SslConnections = 1000 };
            }
        }
        """);

    [TestMethod]
    public Task ServersNamingOneGateway_AreCheckedTogether() => Verify.VerifyAnalyzerAsync("""
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            void M()
            {
                var first = new CreateSslVpnServerRequest { VpnGatewayId = "vpn-a", ClientIpPool = "192.168.0.0/24" };
                var second = new CreateSslVpnServerRequest { VpnGatewayId = {|#0:"vpn-a"|}, ClientIpPool = {|#1:"192.168.0.128/25"|} };
            }
        }
        """,
        Verify.Diagnostic("VPN701").WithLocation(0).WithArguments("SSL server", "vpn-a", "7"),
        Verify.Diagnostic("VPN702").WithLocation(1).WithArguments("ClientIpPool", "192.168.0.128/25", "192.168.0.0/24", "7"));

    [TestMethod]
    public Task ServersNamingDifferentOrUnknownGateways_AreCheckedAlone() => Verify.VerifyAnalyzerAsync("""
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            void Different()
            {
                var first = new CreateSslVpnServerRequest { VpnGatewayId = "vpn-a", ClientIpPool = "192.168.0.0/24" };
                var second = new CreateSslVpnServerRequest { VpnGatewayId = "vpn-b", ClientIpPool = "192.168.0.0/24" };
            }

            void Unknown(string gatewayId)
            {
                var first = new CreateSslVpnServerRequest { VpnGatewayId = "vpn-a", ClientIpPool = "192.168.0.0/24" };
                var second = new CreateSslVpnServerRequest { VpnGatewayId = gatewayId, ClientIpPool = "192.168.0.0/24" };
            }
        }
        """);

    [TestMethod]
    public Task EditorConfig_SslConnections_SizesTheServer() => Verify.VerifyAnalyzerAsync("""
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            void M() => _ = new CreateSslVpnServerRequest { ClientIpPool = {|#0:"192.168.0.0/25"|} };
        }
        """,
        """
        root = true

        [*.cs]
        vpnlint.ssl_connections = 50
        """,
        Verify.Diagnostic("VPN200").WithLocation(0)
            .WithArguments("ClientIpPool", "192.168.0.0/25", "128 addresses", "SslConnections 50 (from vpnlint.ssl_connections)", "at least 200", "4 × 50", "24"));

    [TestMethod]
    public Task EditorConfig_VpcCidrs_AreChecked() => Verify.VerifyAnalyzerAsync("""
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            void M() => _ = new CreateIpsecServerRequest { ClientIpPool = {|#0:"172.16.5.0/24"|} };
        }
        """,
        """
        root = true

        [*.cs]
        vpnlint.vpc_cidrs = 10.0.0.0/8, 172.16.0.0/12, not-a-block
        """,
        Verify.Diagnostic("VPN107").WithLocation(0).WithArguments("ClientIpPool", "172.16.5.0/24", "172.16.0.0/12", "vpnlint.vpc_cidrs"),
        Verify.Diagnostic("VPN008").WithNoLocation()
            .WithArguments("vpnlint.vpc_cidrs = 10.0.0.0/8, 172.16.0.0/12, not-a-block", "holds not-a-block, which is not an IPv4 CIDR block", "write blocks such as 172.16.0.0/12, separated by commas; VPN107 goes on with the others"));

    [TestMethod]
    public async Task GlobalConfig_ContextOptions_Apply()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using AlibabaCloud.SDK.Vpc20160428.Models;

                class C
                {
                    void M() => _ = new CreateSslVpnServerRequest { ClientIpPool = {|#0:"192.168.0.0/24"|} };
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nvpnlint.ssl_connections = 100\n"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("VPN200").WithLocation(0)
            .WithArguments("ClientIpPool", "192.168.0.0/24", "256 addresses", "SslConnections 100 (from vpnlint.ssl_connections)", "at least 400", "4 × 100", "23"));
        await test.RunAsync();
    }

    [TestMethod]
    public Task EditorConfig_UnreadableOption_IsReported_AndLeftOut() => Verify.VerifyAnalyzerAsync("""
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            void M() => _ = new CreateSslVpnServerRequest { ClientIpPool = {|#0:"192.168.0.0/28"|} };
        }
        """,
        """
        root = true

        [*.cs]
        vpnlint.ssl_connections = many
        """,
        Verify.Diagnostic("VPN200").WithLocation(0).WithSeverity(DiagnosticSeverity.Warning)
            .WithArguments("ClientIpPool", "192.168.0.0/28", "16 addresses", "even the smallest SslConnections, 5 (the gateway's is unknown)", "at least 20", "4 × 5", "27"),
        Verify.Diagnostic("VPN008").WithNoLocation()
            .WithArguments("vpnlint.ssl_connections = many", "is not a gateway's SslConnections", "use 5, 10, 20, 50, 100, 200, 500 or 1000; VPN200 goes on without it"));

    [TestMethod]
    public async Task EditorConfig_MisspelledKey_IsReportedOnce_ForEveryFileItCovers_WithTheKeyItMeant()
    {
        var test = new Verify.Test();
        test.TestState.Sources.Add(("/0/First.cs", "class First { void M() => _ = new AlibabaCloud.SDK.Vpc20160428.Models.CreateSslVpnServerRequest { Port = 1194 }; }"));
        test.TestState.Sources.Add(("/0/Second.cs", "class Second { void M() => _ = new AlibabaCloud.SDK.Vpc20160428.Models.CreateSslVpnServerRequest { Port = 1195 }; }"));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\nvpnlint.ssl_connection = 50\nvpnlint.vpc_cidrs = 10.0.0.0/8\n"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("VPN008").WithNoLocation()
            .WithArguments("vpnlint.ssl_connection", "is not a VpnLint setting", "did you mean vpnlint.ssl_connections? The settings are vpnlint.ssl_connections and vpnlint.vpc_cidrs"));
        await test.RunAsync();
    }

    [TestMethod]
    public async Task GlobalConfig_WrongValue_IsReported()
    {
        var test = new Verify.Test { TestCode = "class C { }" };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nvpnlint.ssl_connections = 30\n"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("VPN008").WithNoLocation()
            .WithArguments("vpnlint.ssl_connections = 30", "is not a gateway's SslConnections", "use 5, 10, 20, 50, 100, 200, 500 or 1000; VPN200 goes on without it"));
        await test.RunAsync();
    }

    [TestMethod]
    public Task EditorConfig_ValidSettingsAndOtherTools_AreNotReported() => Verify.VerifyAnalyzerAsync("""
        class C { }
        """,
        """
        root = true

        [*.cs]
        vpnlint.ssl_connections = 1000
        vpnlint.vpc_cidrs = 10.0.0.0/8,172.16.0.0/12
        dotnet_diagnostic.VPN108.severity = none
        indent_size = 4
        """);

    [TestMethod]
    public Task EditorConfig_SeverityNone_SilencesARule() => Verify.VerifyAnalyzerAsync("""
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            void M() => _ = new CreateSslVpnServerRequest { ClientIpPool = "8.8.8.0/24", LocalSubnet = "{|#0:10.0.0.1/8|}" };
        }
        """,
        """
        root = true

        [*.cs]
        dotnet_diagnostic.VPN108.severity = none
        """,
        Verify.Diagnostic("VPN101").WithLocation(0).WithArguments("LocalSubnet", "10.0.0.1/8", "10.0.0.0/8"));

    [TestMethod]
    public async Task PragmaAndSuppressMessage_SuppressDiagnostics()
    {
        var test = new Verify.Test
        {
            TestCode = """
        using System.Diagnostics.CodeAnalysis;
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            void Pragma()
            {
        #pragma warning disable VPN301
                var request = new CreateSslVpnServerRequest { Port = 443 };
        #pragma warning restore VPN301
                var other = new CreateSslVpnServerRequest { Port = {|#0:80|} };
            }

            [SuppressMessage("Transport", "VPN301:Port reserved by the service", Justification = "A test of suppression.")]
            void Attribute() => _ = new CreateSslVpnServerRequest { Port = 22 };
        }
        """,

            // The verifier's own check wraps the code in one more #pragma, which the restore above undoes.
            TestBehaviors = TestBehaviors.SkipSuppressionCheck,
        };
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("VPN301").WithLocation(0).WithArguments("Port", "80"));
        await test.RunAsync();
    }
}
