using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Model;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Rules.Tests.Engine;

/// <summary>A bundle rule that names another request's line names its file too when that request comes from another file.</summary>
[TestClass]
public sealed class RequestLinesTests
{
    private static readonly string IpsecGateway = JsonEdit.Remove(JsonEdit.Set(ValidRequests.Gateway, "EnableSsl", "false"), "SslConnections");

    [TestMethod]
    [DataRow("gw.yaml", "ssl.yaml", "the gateway at line 1 of gw.yaml has")]
    [DataRow("infra.yaml", "infra.yaml", "the gateway at line 1 has")]
    [DataRow(null, null, "the gateway at line 1 has")]
    public void OtherRequestsLine_NamesItsFile_OnlyWhenItIsAnother(string? gatewayFile, string? serverFile, string expected)
    {
        var gateway = Lint.Parse(ApiKind.CreateVpnGateway, IpsecGateway);
        var server = Lint.Parse(ApiKind.CreateSslVpnServer, ValidRequests.SslServer);
        var bundle = new RequestBundle([new Request(gateway.Api, gateway.Root, fileName: gatewayFile), new Request(server.Api, server.Root, fileName: serverFile)]);

        var finding = Lint.Of(RuleEngine.Check(bundle), RuleIds.ServerOnGatewayWithoutSsl).Single();

        Assert.Contains(expected, finding.Message);
    }

    [TestMethod]
    public void SecondServerAndOverlappingPools_NameTheFileOfTheFirstServer()
    {
        var first = Lint.Parse(ApiKind.CreateSslVpnServer, ValidRequests.SslServer);
        var second = Lint.Parse(ApiKind.CreateSslVpnServer, ValidRequests.SslServer);
        var bundle = new RequestBundle([new Request(first.Api, first.Root, fileName: "a.yaml"), new Request(second.Api, second.Root, fileName: "b.yaml")]);

        var findings = RuleEngine.Check(bundle);

        Assert.Contains("the first is at line 1 of a.yaml", Lint.Of(findings, RuleIds.SecondServerOnGateway).Single().Message);
        Assert.Contains("of the server at line 1 of a.yaml in the same VPC", Lint.Of(findings, RuleIds.ClientPoolsOverlapInVpc).Single().Message);
    }
}
