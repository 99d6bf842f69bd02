using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Rules.Tests.Checks.IpsecNegotiation;

[TestClass]
public sealed class WeakNegotiationTests
{
    private const string StrongIke = """{"IkeVersion":"ikev2","IkeEncAlg":"aes256","IkeAuthAlg":"sha256","IkePfs":"group14"}""";

    private static IReadOnlyList<Finding> CheckIke(string key, string value) =>
        Lint.Check(ApiKind.CreateIpsecServer, JsonEdit.Set(ValidRequests.IpsecServer, "IkeConfig", JsonEdit.Quoted(JsonEdit.Set(StrongIke, key, JsonEdit.Quoted(value)))), RuleIds.WeakNegotiation);

    [TestMethod]
    [DataRow("IkeVersion", "ikev1", "use ikev2")]
    [DataRow("IkeEncAlg", "des", "use aes256")]
    [DataRow("IkeEncAlg", "3des", "use aes256")]
    [DataRow("IkeAuthAlg", "md5", "use sha256 or stronger")]
    [DataRow("IkeAuthAlg", "sha1", "use sha256 or stronger")]
    [DataRow("IkeAuthAlg", "SHA1", "use sha256 or stronger")]
    [DataRow("IkePfs", "group1", "use group14 or stronger")]
    [DataRow("IkePfs", "group2", "use group14 or stronger")]
    [DataRow("IkePfs", "group5", "use group14 or stronger")]
    public void WeakSetting_IsAWarning(string key, string value, string fix)
    {
        var finding = CheckIke(key, value).Single();

        Assert.AreEqual($"IkeConfig.{key} {value} is weak: {fix}", finding.Message);
        Assert.AreEqual(Severity.Warning, finding.Severity);
    }

    [TestMethod]
    [DataRow("IkeEncAlg", "aes")]
    [DataRow("IkeEncAlg", "aes192")]
    [DataRow("IkeAuthAlg", "sha384")]
    [DataRow("IkePfs", "group14")]
    [DataRow("IkePfs", "group24")]
    public void StrongSetting_IsNotReported(string key, string value)
    {
        Assert.IsEmpty(CheckIke(key, value));
    }

    [TestMethod]
    [DataRow("IkeConfig", "IkePfs", "disabled")]
    [DataRow("IpsecConfig", "IpsecPfs", "disabled")]
    [DataRow("IpsecConfig", "IpsecPfs", "Disabled")]
    public void ForwardSecrecyDisabled_IsWeakerThanGroup2(string config, string key, string value)
    {
        var json = JsonEdit.Set(ValidRequests.IpsecServer, config, JsonEdit.Quoted($$"""{"{{key}}":"{{value}}"}"""));

        var finding = Lint.Check(ApiKind.CreateIpsecServer, json, RuleIds.WeakNegotiation).Single(finding => finding.Path == $"{config}.{key}");

        Assert.AreEqual($"{config}.{key} {value} is weak (it turns perfect forward secrecy off): use group14 or stronger", finding.Message);
    }

    [TestMethod]
    public void AggressiveMode_WithAPreSharedKey_IsWeak()
    {
        var finding = CheckIke("IkeMode", "aggressive").Single();

        Assert.AreEqual("IkeConfig.IkeMode aggressive is weak with a pre-shared key (aggressive mode sends a hash of the key that can be cracked offline): use main", finding.Message);
        Assert.AreEqual("IkeConfig.IkeMode", finding.Path);
    }

    [TestMethod]
    [DataRow("main", "true")]
    [DataRow("aggressive", "false")]
    public void MainMode_OrAggressiveModeWithoutAPreSharedKey_IsNotReported(string mode, string pskEnabled)
    {
        var ike = JsonEdit.Quoted(JsonEdit.Set(StrongIke, "IkeMode", JsonEdit.Quoted(mode)));
        var json = JsonEdit.Set(ValidRequests.IpsecServer, ("IkeConfig", ike), ("PskEnabled", pskEnabled));

        Assert.IsEmpty(Lint.Check(ApiKind.CreateIpsecServer, json, RuleIds.WeakNegotiation));
    }

    [TestMethod]
    public void NoFinding_CarriesACloudErrorCode_AsTheCloudAcceptsEveryWeakSetting()
    {
        var findings = Lint.Check(ApiKind.CreateIpsecServer, JsonEdit.Set(JsonEdit.Remove(ValidRequests.IpsecServer, "IpsecConfig"), "IkeConfig", JsonEdit.Quoted("""{"IkePfs":"group2","IkeAuthAlg":"md5"}""")), RuleIds.WeakNegotiation);

        Assert.IsTrue(findings.Any(finding => finding.Path == "IkeConfig.IkePfs"));
        Assert.IsTrue(findings.All(finding => finding.ErrorCode is null), string.Join(", ", findings.Select(finding => finding.ErrorCode)));
        Assert.IsEmpty(RuleCatalog.Get(RuleIds.WeakNegotiation).ErrorCodes);
    }

    [TestMethod]
    public void KeyLeftOut_ItsWeakDefaultIsReported()
    {
        var json = JsonEdit.Set(ValidRequests.IpsecServer, "IkeConfig", JsonEdit.Quoted("""{"IkeVersion":"ikev2","IkeEncAlg":"aes256"}"""));

        var findings = Lint.Check(ApiKind.CreateIpsecServer, json, RuleIds.WeakNegotiation);

        CollectionAssert.AreEqual(
            new[]
            {
                "IkeConfig.IkeAuthAlg sha1 is weak (the default, as the key is left out): use sha256 or stronger",
                "IkeConfig.IkePfs group2 is weak (the default, as the key is left out): use group14 or stronger",
            },
            findings.Select(finding => finding.Message).ToList());
    }

    [TestMethod]
    public void ConfigLeftOut_ItsWeakDefaultsAreReported()
    {
        var findings = Lint.Check(ApiKind.CreateIpsecServer, JsonEdit.Remove(ValidRequests.IpsecServer, "IpsecConfig"), RuleIds.WeakNegotiation);

        CollectionAssert.AreEqual(new[] { "IpsecConfig.IpsecAuthAlg", "IpsecConfig.IpsecPfs" }, findings.Select(finding => finding.Path).ToList());
        Assert.Contains("(the default, as IpsecConfig is left out)", findings[0].Message);
    }

    [TestMethod]
    public void ConfigThatIsNotAnObject_IsLeftToItsOwnRule()
    {
        Assert.IsEmpty(Lint.Check(ApiKind.CreateIpsecServer, JsonEdit.Set(ValidRequests.IpsecServer, "IkeConfig", "\"not json\""), RuleIds.WeakNegotiation));
    }

    [TestMethod]
    public void ConfigGivenAsAnObject_IsJudgedTheSame()
    {
        var json = JsonEdit.Set(ValidRequests.IpsecServer, "IpsecConfig", """{"IpsecEncAlg":"3des","IpsecAuthAlg":"sha256","IpsecPfs":"group14"}""");

        Assert.AreEqual("IpsecConfig.IpsecEncAlg", Lint.Check(ApiKind.CreateIpsecServer, json, RuleIds.WeakNegotiation).Single().Path);
    }
}
