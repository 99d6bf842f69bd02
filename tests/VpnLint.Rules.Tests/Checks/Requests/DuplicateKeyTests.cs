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
    public void KeyThreeTimes_EachRepeatNamesTheFirst()
    {
        const string json = "{\n  \"Action\": \"CreateSslVpnServer\",\n  \"Port\": 1194,\n  \"Port\": 443,\n  \"Port\": 80\n}";

        var findings = Lint.Check(ApiKind.CreateSslVpnServer, json, RuleIds.DuplicateKey);

        CollectionAssert.AreEqual(new[] { 4, 5 }, findings.Select(finding => finding.Span.StartLine).ToArray());
        Assert.IsTrue(findings.All(finding => finding.Message.Contains("(the other is at line 3, column 3)", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void KeysDifferingOnlyInCase_AreNotDuplicates()
    {
        const string json = """{"Action": "CreateSslVpnServer", "Port": 1194, "port": 1194}""";

        Assert.IsEmpty(Lint.Check(ApiKind.CreateSslVpnServer, json, RuleIds.DuplicateKey));
    }

    [TestMethod]
    public void ManyKeys_EveryRepeatIsReported()
    {
        var keys = Enumerable.Range(0, 3000).Select(index => $"\"Key{index % 1000}\": {index}");
        var json = "{\"Action\": \"CreateSslVpnServer\", " + string.Join(", ", keys) + "}";

        var findings = Lint.Check(ApiKind.CreateSslVpnServer, json, RuleIds.DuplicateKey);

        Assert.HasCount(2000, findings);
        Assert.AreEqual("Key0", findings[0].Path);
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
