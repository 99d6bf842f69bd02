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
