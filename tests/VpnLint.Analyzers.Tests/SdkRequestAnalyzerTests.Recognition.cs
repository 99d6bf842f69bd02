namespace VpnLint.Analyzers.Tests;

/// <summary>
/// The tests of <see cref="SdkRequestAnalyzer"/>, one class split by topic. This part: which code is an
/// SDK request (V2 and V1, initializers and assignments, locals, fields, this, parameters) and which is not.
/// </summary>
[TestClass]
public sealed partial class SdkRequestAnalyzerTests
{
    [TestMethod]
    public Task V2Initializer_ReservedPort_IsReported() => Verify.VerifyAnalyzerAsync("""
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            void M()
            {
                var request = new CreateSslVpnServerRequest { Port = {|#0:443|} };
            }
        }
        """,
        Verify.Diagnostic("VPN301").WithLocation(0).WithArguments("Port", "443"));

    [TestMethod]
    public Task V2Assignment_ReservedPort_IsReported() => Verify.VerifyAnalyzerAsync("""
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            void M()
            {
                var request = new CreateSslVpnServerRequest();
                request.Port = {|#0:443|};
            }
        }
        """,
        Verify.Diagnostic("VPN301").WithLocation(0).WithArguments("Port", "443"));

    [TestMethod]
    public Task V1Initializer_ReservedPort_IsReported() => Verify.VerifyAnalyzerAsync("""
        using Aliyun.Acs.Vpc.Model.V20160428;

        class C
        {
            void M()
            {
                var request = new ModifySslVpnServerRequest { Port = {|#0:443|} };
            }
        }
        """,
        Verify.Diagnostic("VPN301").WithLocation(0).WithArguments("Port", "443"));

    [TestMethod]
    public Task V1Setter_ReservedPort_IsReported() => Verify.VerifyAnalyzerAsync("""
        using Aliyun.Acs.Vpc.Model.V20160428;

        class C
        {
            void M()
            {
                var request = new CreateSslVpnServerRequest();
                request.Port = {|#0:443|};
                request.Proto = {|#1:"udp"|};
            }
        }
        """,
        Verify.Diagnostic("VPN301").WithLocation(0).WithArguments("Port", "443"),
        Verify.Diagnostic("VPN006").WithLocation(1).WithArguments("Proto", "udp", "write UDP; the values are case-sensitive"));

    [TestMethod]
    public Task V1BaseClassSettings_AreNotParameters() => Verify.VerifyAnalyzerAsync("""
        using Aliyun.Acs.Core.Http;
        using Aliyun.Acs.Vpc.Model.V20160428;

        class C
        {
            void M()
            {
                var request = new CreateSslVpnServerRequest { Port = 1194 };
                request.Method = MethodType.GET;
                request.Version = "2016-04-28";
                request.ActionName = "CreateSslVpnServer";
            }
        }
        """);

    [TestMethod]
    public Task FieldAssignedThroughThis_IsOneRequest() => Verify.VerifyAnalyzerAsync("""
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            private CreateSslVpnServerRequest request;

            void M()
            {
                this.request = new CreateSslVpnServerRequest { ClientIpPool = {|#0:"10.0.0.0/24"|} };
                this.request.LocalSubnet = "10.0.0.0/16";
                request.Port = {|#1:22|};
            }
        }
        """,
        Verify.Diagnostic("VPN106").WithLocation(0).WithArguments("ClientIpPool", "10.0.0.0/24", "10.0.0.0/16"),
        Verify.Diagnostic("VPN301").WithLocation(1).WithArguments("Port", "22"));

    [TestMethod]
    public Task PropertyOfThis_IsOneRequest() => Verify.VerifyAnalyzerAsync("""
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            public CreateSslVpnServerRequest Request { get; set; }

            void M()
            {
                Request = new CreateSslVpnServerRequest { ClientIpPool = {|#0:"10.0.0.0/24"|} };
                Request.LocalSubnet = "10.0.0.0/16";
            }
        }
        """,
        Verify.Diagnostic("VPN106").WithLocation(0).WithArguments("ClientIpPool", "10.0.0.0/24", "10.0.0.0/16"));

    [TestMethod]
    public Task Parameter_AssignedValues_AreJudged() => Verify.VerifyAnalyzerAsync("""
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            void Configure(CreateSslVpnServerRequest request)
            {
                request.Port = {|#0:80|};
                request.Cipher = {|#1:"none"|};
            }
        }
        """,
        Verify.Diagnostic("VPN301").WithLocation(0).WithArguments("Port", "80"),
        Verify.Diagnostic("VPN303").WithLocation(1).WithArguments("Cipher", "none"));

    [TestMethod]
    public Task FieldInitializer_TargetTypedNew_IsJudged() => Verify.VerifyAnalyzerAsync("""
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            private readonly CreateSslVpnServerRequest request = new() { Port = {|#0:53|} };
        }
        """,
        Verify.Diagnostic("VPN301").WithLocation(0).WithArguments("Port", "53"));

    [TestMethod]
    public Task IpsecServer_V2AndV1_AreBothRecognised() => Verify.VerifyAnalyzerAsync("""
        class C
        {
            void M()
            {
                var v2 = new AlibabaCloud.SDK.Vpc20160428.Models.CreateIpsecServerRequest { PskEnabled = {|#0:false|} };
                var v1 = new Aliyun.Acs.Vpc.Model.V20160428.CreateIpsecServerRequest { PskEnabled = {|#1:false|} };
            }
        }
        """,
        Verify.Diagnostic("VPN405").WithLocation(0).WithArguments("false"),
        Verify.Diagnostic("VPN405").WithLocation(1).WithArguments("false"));

    [TestMethod]
    public Task LookAlikeInAnotherNamespace_IsSilent() => Verify.VerifyAnalyzerAsync("""
        namespace MyCompany.Vpn
        {
            public class CreateSslVpnServerRequest
            {
                public int? Port { get; set; }
                public string ClientIpPool { get; set; }
            }

            public class Client
            {
                public void CreateSslVpnServer(CreateSslVpnServerRequest request) { }
            }

            class C
            {
                void M()
                {
                    var request = new CreateSslVpnServerRequest { Port = 443, ClientIpPool = "192.168.100.0/30" };
                    request.Port = 70000;
                    new Client().CreateSslVpnServer(request);
                }
            }
        }
        """);

    [TestMethod]
    public Task LookAlikeNamedLikeTheSdkButNested_IsSilent() => Verify.VerifyAnalyzerAsync("""
        namespace Tools
        {
            public static class AlibabaCloud
            {
                public class CreateSslVpnServerRequest
                {
                    public int? Port { get; set; }
                }
            }

            class C
            {
                void M() => _ = new AlibabaCloud.CreateSslVpnServerRequest { Port = 443 };
            }
        }
        """);
}
