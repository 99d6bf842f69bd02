using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Rules.Tests.Checks.Transport;

[TestClass]
public sealed class EncryptionOffTests
{
    [TestMethod]
    [DataRow(ApiKind.CreateSslVpnServer, ValidRequests.SslServer)]
    [DataRow(ApiKind.ModifySslVpnServer, ValidRequests.ModifySslServer)]
    public void CipherNone_IsAWarning(ApiKind api, string valid)
    {
        var finding = Lint.Check(api, JsonEdit.Set(valid, "Cipher", "\"none\""), RuleIds.EncryptionOff).Single();

        Assert.AreEqual(Severity.Warning, finding.Severity);
        Assert.AreEqual("Cipher none turns encryption off: use AES-256-CBC, or AES-128-CBC, the default", finding.Message);
        CollectionAssert.Contains(finding.Rule.Tags.ToList(), "security");
    }

    [TestMethod]
    [DataRow("AES-128-CBC")]
    [DataRow("AES-192-CBC")]
    [DataRow("AES-256-CBC")]
    public void AnyCipher_IsNotReported(string cipher)
    {
        Assert.IsEmpty(Lint.Check(ApiKind.CreateSslVpnServer, JsonEdit.Set(ValidRequests.SslServer, "Cipher", JsonEdit.Quoted(cipher)), RuleIds.EncryptionOff));
    }

    [TestMethod]
    public void CipherLeftOut_DefaultsToAes128_AndIsNotReported()
    {
        Assert.IsEmpty(Lint.Check(ApiKind.CreateSslVpnServer, JsonEdit.Remove(ValidRequests.SslServer, "Cipher"), RuleIds.EncryptionOff));
    }
}
