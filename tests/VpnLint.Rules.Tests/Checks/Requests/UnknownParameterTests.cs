using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Rules.Tests.Checks.Requests;

[TestClass]
public sealed class UnknownParameterTests
{
    [TestMethod]
    [DataRow(ApiKind.CreateSslVpnServer, ValidRequests.SslServer, "ClientIPPool", "did you mean ClientIpPool?")]
    [DataRow(ApiKind.CreateSslVpnServer, ValidRequests.SslServer, "LocalSubnets", "did you mean LocalSubnet?")]
    [DataRow(ApiKind.CreateVpnGateway, ValidRequests.Gateway, "Bandwith", "did you mean Bandwidth?")]
    [DataRow(ApiKind.CreateSslVpnServer, ValidRequests.SslServer, "Protocol", "did you mean Proto?")]
    [DataRow(ApiKind.CreateSslVpnServer, ValidRequests.SslServer, "Colour", "remove it, or check the page for the name")]
    public void UnknownKey_IsAWarningAtTheKey_WithTheClosestName(ApiKind api, string valid, string key, string fix)
    {
        var json = JsonEdit.Set(valid, key, "\"x\"");

        var finding = Lint.Check(api, json, RuleIds.UnknownParameter).Single();

        Assert.AreEqual(Severity.Warning, finding.Severity);
        Assert.AreEqual($"\"{key}\"", Lint.TextAt(json, finding));
        Assert.EndsWith(fix, finding.Message);
        Assert.Contains($"not a parameter of {api}", finding.Message);
    }

    [TestMethod]
    public void HuaweiTypo_IsFoundInsideTheBody()
    {
        var json = JsonEdit.Set(ValidRequests.HuaweiServer, "vpn_server.client_cidrs", "\"10.0.0.0/24\"");

        var finding = Lint.Check(ApiKind.HuaweiCreateVpnServer, json, RuleIds.UnknownParameter).Single();

        Assert.AreEqual("client_cidrs is not a parameter of vpn_server: the API ignores it, so the setting is lost; did you mean client_cidr?", finding.Message);
        Assert.AreEqual("vpn_server.client_cidrs", finding.Path);
    }

    [TestMethod]
    public void HuaweiSeparatorTypo_IsSuggested()
    {
        var json = JsonEdit.Set(ValidRequests.HuaweiServer, "vpn_server.ssl_options.is-compressed", "false");

        var finding = Lint.Check(ApiKind.HuaweiCreateVpnServer, json, RuleIds.UnknownParameter).Single();

        Assert.EndsWith("did you mean is_compressed?", finding.Message);
        Assert.Contains("of ssl_options", finding.Message);
    }

    [TestMethod]
    public void UnknownKeyInsideIkeConfigString_IsReportedInsideTheString()
    {
        var json = JsonEdit.Set(ValidRequests.IpsecServer, "IkeConfig", JsonEdit.Quoted("""{"IkeVersion":"ikev2","IkeAuthAlgo":"sha256"}"""));

        var finding = Lint.Check(ApiKind.CreateIpsecServer, json, RuleIds.UnknownParameter).Single();

        Assert.AreEqual("IkeConfig.IkeAuthAlgo", finding.Path);
        Assert.EndsWith("did you mean IkeAuthAlg?", finding.Message);
        Assert.AreEqual("\\\"IkeAuthAlgo\\\"", Lint.TextAt(json, finding), "The span is the key inside the outer string, escapes and all.");
    }

    [TestMethod]
    public void NewerThanThePageParameters_AreKnown()
    {
        var json = JsonEdit.Set(ValidRequests.SslServer, ("DryRun", "true"), ("DnsServers", "\"10.0.0.2\""), ("OwnerId", "123"), ("IDaaSApplicationId", "\"app_1\""));

        Assert.IsEmpty(Lint.Check(ApiKind.CreateSslVpnServer, json, RuleIds.UnknownParameter));
    }

    [TestMethod]
    public void VersionAndAction_AreKnown()
    {
        Assert.IsEmpty(Lint.Check(ApiKind.CreateVpnGateway, JsonEdit.Set(ValidRequests.Gateway, "Version", "\"2016-04-28\""), RuleIds.UnknownParameter));
    }
}
