using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Model;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Rules.Tests.Checks.Authentication;

[TestClass]
public sealed class ClientCaCertificateNotPemTests
{
    internal static IReadOnlyList<Finding> Check(string content, string ruleId) => Lint.Check(
        ApiKind.HuaweiCreateVpnServer,
        JsonEdit.Set(ValidRequests.HuaweiServer, ("vpn_server.client_auth_type", "\"CERT\""), ("vpn_server.client_ca_certificates", $$"""[{"name": "ca", "content": {{JsonEdit.Quoted(content)}}}]""")),
        ruleId,
        new CheckContext(now: TestCertificates.Now));

    [TestMethod]
    [DataRow(3072)]
    [DataRow(4096)]
    public void PemCertificate_IsAccepted(int keyBits)
    {
        Assert.IsEmpty(Check(TestCertificates.Rsa(keyBits), RuleIds.ClientCaCertificateNotPem));
    }

    [TestMethod]
    public void PemWithWindowsLineEndsAndSurroundingSpace_IsAccepted()
    {
        Assert.IsEmpty(Check("\n  " + TestCertificates.EllipticCurve().Replace("\n", "\r\n", StringComparison.Ordinal) + "  \n", RuleIds.ClientCaCertificateNotPem));
    }

    [TestMethod]
    [DataRow("MIIBszCCAVmgAwIBAgIU", "it must start with -----BEGIN CERTIFICATE-----")]
    [DataRow("-----BEGIN CERTIFICATE-----\nMIIB\n", "it must end with -----END CERTIFICATE-----")]
    [DataRow("-----BEGIN CERTIFICATE----------END CERTIFICATE-----", "there is nothing between the markers")]
    [DataRow("-----BEGIN CERTIFICATE-----*******-----END CERTIFICATE-----", "the text between the markers is not base64")]
    [DataRow("-----BEGIN CERTIFICATE-----\naGVsbG8gd29ybGQ=\n-----END CERTIFICATE-----", "the base64 between the markers does not decode to an X.509 certificate")]
    [DataRow("-----BEGIN CERTIFICATE-----\nMAMCAQE=\n-----END CERTIFICATE-----", "the base64 between the markers does not decode to an X.509 certificate")]
    public void ContentThatIsNotAPemCertificate_IsRejected_WithoutEchoingIt(string content, string problem)
    {
        var finding = Check(content, RuleIds.ClientCaCertificateNotPem).Single();

        Assert.AreEqual($"client_ca_certificates[0].content is not a PEM certificate: {problem}", finding.Message);
        Assert.AreEqual("vpn_server.client_ca_certificates[0].content", finding.Path);
    }

    [TestMethod]
    public void TheHuaweiPagesOwnPlaceholder_IsNotACertificate()
    {
        Assert.HasCount(1, Check("-----BEGIN CERTIFICATE-----*******-----END CERTIFICATE-----", RuleIds.ClientCaCertificateNotPem));
    }

    [TestMethod]
    public void Pkcs12UnderCertificateMarkers_IsNotACertificate()
    {
        Assert.EndsWith("does not decode to an X.509 certificate", Check(TestCertificates.Pkcs12UnderCertificateMarkers(), RuleIds.ClientCaCertificateNotPem).Single().Message);
    }

    [TestMethod]
    public void NoMessage_RepeatsTheCertificateBody()
    {
        var pem = TestCertificates.Rsa(2048, TestCertificates.Now.AddDays(-1));
        var body = pem.Split('\n')[1];

        var findings = Lint.Check(
            ApiKind.HuaweiCreateVpnServer,
            JsonEdit.Set(ValidRequests.HuaweiServer, "vpn_server.client_ca_certificates", $$"""[{"name": "ca", "content": {{JsonEdit.Quoted(pem)}}}]"""),
            new CheckContext(now: TestCertificates.Now));

        Assert.IsNotEmpty(findings);
        Assert.IsTrue(findings.All(finding => !finding.Message.Contains(body[..20], StringComparison.Ordinal)));
    }
}
