using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Rules.Tests.Checks.Requests;

[TestClass]
public sealed class WrongValueTypeTests
{
    [TestMethod]
    [DataRow("Port", "\"1194\"", "Port must be an integer, not the string \"1194\": the API converts it, but write 1194 without quotes")]
    [DataRow("Compress", "\"false\"", "Compress must be a boolean, not the string \"false\": the API converts it, but write false without quotes")]
    [DataRow("Name", "123", "Name must be a string, not the number 123: the API receives it as text, but quote it so that the file says so")]
    public void ValueTheApiConverts_IsAWarning(string name, string value, string message)
    {
        var finding = Lint.Check(ApiKind.CreateSslVpnServer, JsonEdit.Set(ValidRequests.SslServer, name, value), RuleIds.WrongValueType).Single();

        Assert.AreEqual(Severity.Warning, finding.Severity);
        Assert.AreEqual(message, finding.Message);
    }

    [TestMethod]
    [DataRow("Port", "\"https\"")]
    [DataRow("Port", "1194.5")]
    [DataRow("Port", "true")]
    [DataRow("Compress", "\"yes\"")]
    [DataRow("Compress", "1")]
    [DataRow("ClientIpPool", "[\"192.168.0.0/24\"]")]
    [DataRow("Name", "{\"a\": 1}")]
    public void ValueTheApiRejects_IsAnError(string name, string value)
    {
        var finding = Lint.Check(ApiKind.CreateSslVpnServer, JsonEdit.Set(ValidRequests.SslServer, name, value), RuleIds.WrongValueType).Single();

        Assert.AreEqual(Severity.Error, finding.Severity);
        Assert.Contains("the API rejects", finding.Message);
    }

    [TestMethod]
    [DataRow("vpn_server.ssl_options.port", "\"443\"", "ssl_options.port must be an integer, not the string \"443\": Huawei's API takes the types the page gives; write 443 without quotes")]
    [DataRow("vpn_server.ssl_options.is_compressed", "\"false\"", "ssl_options.is_compressed must be a boolean, not the string \"false\": Huawei's API takes the types the page gives; write false without quotes")]
    [DataRow("vpn_server.client_cidr", "5", "client_cidr must be a string, not the number 5: Huawei's API takes the types the page gives; quote it so that the file says so")]
    public void HuaweiScalarOfTheWrongType_IsAnError_AsItsJsonBodyIsTyped(string path, string value, string message)
    {
        var finding = Lint.Check(ApiKind.HuaweiCreateVpnServer, JsonEdit.Set(ValidRequests.HuaweiServer, path, value), RuleIds.WrongValueType).Single();

        Assert.AreEqual(Severity.Error, finding.Severity);
        Assert.AreEqual(message, finding.Message);
    }

    [TestMethod]
    public void HuaweiList_GivenAsAString_IsAnError()
    {
        var json = JsonEdit.Set(ValidRequests.HuaweiServer, "vpn_server.local_subnets", "\"10.0.0.0/24\"");

        var finding = Lint.Check(ApiKind.HuaweiCreateVpnServer, json, RuleIds.WrongValueType).Single();

        Assert.AreEqual("local_subnets must be a list, not the string \"10.0.0.0/24\": the API rejects it; write a list, even of one item", finding.Message);
        Assert.AreEqual("vpn_server.local_subnets", finding.Path);
    }

    [TestMethod]
    public void ListItemsOfTheWrongType_AreEachReported()
    {
        var json = JsonEdit.Set(ValidRequests.HuaweiServer, "vpn_server.local_subnets", """["10.0.0.0/24", 5, {"a": 1}]""");

        var findings = Lint.Check(ApiKind.HuaweiCreateVpnServer, json, RuleIds.WrongValueType);

        CollectionAssert.AreEqual(new[] { "vpn_server.local_subnets[1]", "vpn_server.local_subnets[2]" }, findings.Select(finding => finding.Path).ToList());
    }

    [TestMethod]
    public void SecretOfTheWrongType_IsNotShown()
    {
        var json = JsonEdit.Set(ValidRequests.IpsecServer, "Psk", "918273645");

        var finding = Lint.Check(ApiKind.CreateIpsecServer, json, RuleIds.WrongValueType).Single();

        Assert.DoesNotContain("918273645", finding.Message);
        Assert.AreEqual("Psk must be a string, not a number: the API receives it as text, but quote it so that the file says so", finding.Message);
    }

    [TestMethod]
    public void IkeConfigAsAnObject_IsAccepted()
    {
        var json = JsonEdit.Set(ValidRequests.IpsecServer, "IkeConfig", """{"IkeVersion": "ikev2", "IkeAuthAlg": "sha256", "IkePfs": "group14", "IkeEncAlg": "aes256"}""");

        Assert.IsEmpty(Lint.Check(ApiKind.CreateIpsecServer, json, RuleIds.WrongValueType));
    }

    [TestMethod]
    public void TypeInsideAnIkeConfigString_IsJudged()
    {
        var json = JsonEdit.Set(ValidRequests.IpsecServer, "IkeConfig", JsonEdit.Quoted("""{"IkeLifetime":"a day"}"""));

        var finding = Lint.Check(ApiKind.CreateIpsecServer, json, RuleIds.WrongValueType).Single();

        Assert.AreEqual("IkeConfig.IkeLifetime", finding.Path);
        Assert.AreEqual(Severity.Error, finding.Severity);
    }

    [TestMethod]
    public void NullOfAnOptionalParameter_IsNotATypeError()
    {
        Assert.IsEmpty(Lint.Check(ApiKind.CreateSslVpnServer, JsonEdit.Set(ValidRequests.SslServer, "Port", "null"), RuleIds.WrongValueType));
    }
}
