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
        Assert.AreEqual("Port appears twice in this object (the other is at line 3, column 3): the API receives this one, as readers keep the last; remove the one you do not mean", finding.Message);
        Assert.AreEqual(Severity.Warning, finding.Severity);
    }

    [TestMethod]
    public void KeyThreeTimes_EachRepeatNamesTheFirst()
    {
        const string json = "{\n  \"Action\": \"CreateSslVpnServer\",\n  \"Port\": 1194,\n  \"Port\": 443,\n  \"Port\": 80\n}";

        var findings = Lint.Check(ApiKind.CreateSslVpnServer, json, RuleIds.DuplicateKey);

        CollectionAssert.AreEqual(new[] { 4, 5 }, findings.Select(finding => finding.Span.StartLine).ToArray());
        Assert.IsTrue(findings.All(finding => finding.Message.Contains("(the other is at line 3, column 3)", StringComparison.Ordinal)));
        Assert.Contains("the API receives the one at line 5,", findings[0].Message);
        Assert.Contains("the API receives this one,", findings[1].Message);
    }

    [TestMethod]
    public void TheLosingValue_IsJudgedByItsOwnRules()
    {
        const string json = "{\n  \"Action\": \"CreateSslVpnServer\",\n  \"Port\": 443,\n  \"Port\": 1194\n}";

        var finding = Lint.Check(ApiKind.CreateSslVpnServer, json, RuleIds.ReservedPort).Single();

        Assert.AreEqual((3, 11), (finding.Span.StartLine, finding.Span.StartColumn));
        Assert.AreEqual("Port", finding.Path);
        Assert.AreEqual(ApiKind.CreateSslVpnServer, finding.Request!.Api);
    }

    [TestMethod]
    public void EveryLosingValue_OfAKeyThreeTimes_IsJudged()
    {
        const string json = """{"Action": "CreateSslVpnServer", "Port": 443, "Port": 22, "Port": 1194}""";

        var findings = Lint.Check(ApiKind.CreateSslVpnServer, json, RuleIds.ReservedPort);

        CollectionAssert.AreEqual(new[] { "443", "22" }, findings.Select(finding => Lint.TextAt(json, finding)).ToArray());
    }

    [TestMethod]
    public void ALosingValueThatBreaksNoRule_AddsNothing()
    {
        const string json = """{"Action": "CreateSslVpnServer", "Port": 1194, "Port": 1195}""";

        Assert.IsEmpty(Lint.Check(ApiKind.CreateSslVpnServer, json, RuleIds.ReservedPort));
        Assert.IsEmpty(Lint.Check(ApiKind.CreateSslVpnServer, json, RuleIds.PortOutOfRange));
    }

    [TestMethod]
    public void ALosingValue_IsNotReportedTwice_WhenTheWinnerBreaksTheSameRule()
    {
        const string json = """{"Action": "CreateSslVpnServer", "Port": 443, "Port": 443}""";

        Assert.HasCount(2, Lint.Check(ApiKind.CreateSslVpnServer, json, RuleIds.ReservedPort), "One finding at each value, not three.");
    }

    [TestMethod]
    public void TheLosingValue_InsideANestedObject_IsJudged()
    {
        var json = ValidRequests.HuaweiServer.Replace("\"port\": 443,", "\"port\": 8443, \"port\": 443,", StringComparison.Ordinal);

        var finding = Lint.Check(ApiKind.HuaweiCreateVpnServer, json, RuleIds.HuaweiPortNotAllowed).Single();

        Assert.AreEqual("8443", Lint.TextAt(json, finding));
    }

    [TestMethod]
    public void TheLosingValue_InsideAnIkeConfigString_IsJudged()
    {
        var json = JsonEdit.Set(ValidRequests.IpsecServer, "IkeConfig", JsonEdit.Quoted("""{"IkeLifetime":90000,"IkeLifetime":86400}"""));

        var finding = Lint.Check(ApiKind.CreateIpsecServer, json, RuleIds.LifetimeOutOfRange).Single();

        Assert.AreEqual("IkeConfig.IkeLifetime", finding.Path);
        Assert.AreEqual("90000", Lint.TextAt(json, finding));
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
