using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Rules.Tests.Checks.Requests;

[TestClass]
public sealed class DuplicateKeyTests
{
    [TestMethod]
    public void KeyTwice_IsReportedAtTheSecond_NamingTheFirst()
    {
        const string json = "{\n  \"Action\": \"CreateSslVpnServer\",\n  \"Port\": 1194,\n  \"Port\": 443\n}";

        var finding = Lint.Check(ApiKind.CreateSslVpnServer, json, RuleIds.DuplicateKey).Single();

        Assert.AreEqual(4, finding.Span.StartLine);
        Assert.AreEqual("Port appears twice in this object (the other is at line 3, column 3): only one value reaches the API; remove one", finding.Message);
        Assert.AreEqual(Severity.Warning, finding.Severity);
    }

    [TestMethod]
    public void TheLastValue_IsTheOneTheOtherRulesJudge()
    {
        const string json = """{"Action": "CreateSslVpnServer", "Port": 1194, "Port": 443}""";

        Assert.HasCount(1, Lint.Check(ApiKind.CreateSslVpnServer, json, RuleIds.ReservedPort));
    }

    [TestMethod]
    public void DuplicateInsideANestedObject_IsReported()
    {
        var json = ValidRequests.HuaweiServer.Replace("\"port\": 443,", "\"port\": 443, \"port\": 1194,", StringComparison.Ordinal);

        var finding = Lint.Check(ApiKind.HuaweiCreateVpnServer, json, RuleIds.DuplicateKey).Single();

        Assert.AreEqual("vpn_server.ssl_options.port", finding.Path);
    }

    [TestMethod]
    public void DuplicateInsideAnIkeConfigString_IsReported()
    {
        var json = JsonEdit.Set(ValidRequests.IpsecServer, "IkeConfig", JsonEdit.Quoted("""{"IkePfs":"group14","IkePfs":"group2"}"""));

        var finding = Lint.Check(ApiKind.CreateIpsecServer, json, RuleIds.DuplicateKey).Single();

        Assert.AreEqual("IkeConfig.IkePfs", finding.Path);
    }

    [TestMethod]
    public void DuplicateInAListOfObjects_IsReportedWithTheItemsPath()
    {
        var json = JsonEdit.Set(ValidRequests.HuaweiServer, "vpn_server.client_auth_type", "\"CERT\"")
            .Replace("\"client_auth_type\":\"CERT\"", "\"client_auth_type\":\"CERT\",\"client_ca_certificates\":[{\"name\":\"a\",\"name\":\"b\",\"content\":\"x\"}]", StringComparison.Ordinal);

        var finding = Lint.Check(ApiKind.HuaweiCreateVpnServer, json, RuleIds.DuplicateKey).Single();

        Assert.AreEqual("vpn_server.client_ca_certificates[0].name", finding.Path);
    }

    [TestMethod]
    public void SameKeyInDifferentObjects_IsNotADuplicate()
    {
        Assert.IsEmpty(Lint.Check(ApiKind.HuaweiCreateVpnServer, ValidRequests.HuaweiServer, RuleIds.DuplicateKey));
    }
}
