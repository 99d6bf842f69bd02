using VpnLint.Rules.Catalog;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Rules.Tests.Checks.Authentication;

[TestClass]
public sealed class WeakCertificateTests
{
    [TestMethod]
    public void Rsa2048_IsBelowTheRecommendation()
    {
        var finding = ClientCaCertificateNotPemTests.Check(TestCertificates.Rsa(2048), RuleIds.WeakCertificate).Single();

        Assert.AreEqual("client_ca_certificates[0].content has a 2048-bit RSA key: the page recommends RSA-3072 or RSA-4096; issue the CA with a stronger key", finding.Message);
        Assert.AreEqual(Severity.Warning, finding.Severity);
    }

    [TestMethod]
    [DataRow(3072)]
    [DataRow(4096)]
    public void Rsa3072AndUp_AreAsRecommended(int keyBits)
    {
        Assert.IsEmpty(ClientCaCertificateNotPemTests.Check(TestCertificates.Rsa(keyBits), RuleIds.WeakCertificate));
    }

    [TestMethod]
    public void EllipticCurveKey_IsNotHeldToRsaSizes()
    {
        Assert.IsEmpty(ClientCaCertificateNotPemTests.Check(TestCertificates.EllipticCurve(), RuleIds.WeakCertificate));
    }

    [TestMethod]
    public void ExpiredCertificate_IsReported_OneThatExpiresLaterIsNot()
    {
        var expired = ClientCaCertificateNotPemTests.Check(TestCertificates.Rsa(3072, TestCertificates.Now.AddMinutes(-1)), RuleIds.WeakCertificate).Single();

        Assert.StartsWith("client_ca_certificates[0].content expired on 2026-11-23 11:59 UTC", expired.Message);
        Assert.IsEmpty(ClientCaCertificateNotPemTests.Check(TestCertificates.Rsa(3072, TestCertificates.Now.AddMinutes(1)), RuleIds.WeakCertificate));
    }

    [TestMethod]
    public void WeakAndExpired_AreTwoFindings()
    {
        Assert.HasCount(2, ClientCaCertificateNotPemTests.Check(TestCertificates.Rsa(2048, TestCertificates.Now.AddDays(-1)), RuleIds.WeakCertificate));
    }
}
