using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Rules.Tests.Checks.Authentication;

[TestClass]
public sealed class PskInClearTextTests
{
    private static IReadOnlyList<Finding> Check(string psk) =>
        Lint.Check(ApiKind.CreateIpsecServer, JsonEdit.Set(ValidRequests.IpsecServer, "Psk", JsonEdit.Quoted(psk)), RuleIds.PskInClearText);

    [TestMethod]
    public void WrittenOutKey_IsAWarningThatNeverRepeatsIt()
    {
        var findings = Lint.Check(ApiKind.CreateIpsecServer, JsonEdit.Set(ValidRequests.IpsecServer, "Psk", "\"Cfd123-very-secret\""));

        var finding = Lint.Of(findings, RuleIds.PskInClearText).Single();
        Assert.AreEqual(Severity.Warning, finding.Severity);
        Assert.AreEqual("Psk is written in clear text: it ends up in source control and CI logs; inject it when deploying from a secret store, or leave it out and the service generates one", finding.Message);
        Assert.IsTrue(findings.All(each => !each.Message.Contains("very-secret", StringComparison.Ordinal) && each.MessageArguments.All(argument => !argument.Contains("very-secret", StringComparison.Ordinal))));
    }

    [TestMethod]
    [DataRow("123456")]
    [DataRow("987654.5")]
    public void KeyWrittenAsANumber_IsAWarningThatNeverRepeatsIt(string number)
    {
        var findings = Lint.Check(ApiKind.CreateIpsecServer, JsonEdit.Set(ValidRequests.IpsecServer, "Psk", number));

        Assert.HasCount(1, Lint.Of(findings, RuleIds.PskInClearText));
        Assert.IsTrue(findings.All(each => !each.Message.Contains(number, StringComparison.Ordinal) && each.MessageArguments.All(argument => !argument.Contains(number, StringComparison.Ordinal))), string.Join("; ", findings));
    }

    [TestMethod]
    [DataRow("true")]
    [DataRow("false")]
    public void KeyWrittenAsABoolean_IsAWarning(string boolean)
    {
        Assert.HasCount(1, Lint.Check(ApiKind.CreateIpsecServer, JsonEdit.Set(ValidRequests.IpsecServer, "Psk", boolean), RuleIds.PskInClearText));
    }

    [TestMethod]
    public void PskNull_IsNotReported()
    {
        Assert.IsEmpty(Lint.Check(ApiKind.CreateIpsecServer, JsonEdit.Set(ValidRequests.IpsecServer, "Psk", "null"), RuleIds.PskInClearText));
    }

    [TestMethod]
    public void PskEmpty_IsNotReported()
    {
        Assert.IsEmpty(Check(string.Empty));
    }

    [TestMethod]
    [DataRow("${IPSEC_PSK}")]
    [DataRow("{{ secrets.psk }}")]
    [DataRow("$(PSK)")]
    [DataRow("$PSK")]
    [DataRow("%PSK%")]
    public void ReferenceADeploymentToolFillsIn_IsNotAKey(string psk)
    {
        Assert.IsEmpty(Check(psk));
    }

    [TestMethod]
    [DataRow("$")]
    [DataRow("$1abc")]
    [DataRow("%not an env var%")]
    [DataRow("{{}}")]
    [DataRow("key${PSK}")]
    public void TextThatOnlyLooksLikeAReference_IsAKey(string psk)
    {
        Assert.HasCount(1, Check(psk));
    }

    [TestMethod]
    public void PskLeftOut_IsNotReported()
    {
        Assert.IsEmpty(Lint.Check(ApiKind.CreateIpsecServer, JsonEdit.Remove(ValidRequests.IpsecServer, "Psk"), RuleIds.PskInClearText));
    }
}
