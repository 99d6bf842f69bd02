using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Rules.Tests.Checks.Authentication;

[TestClass]
public sealed class ClientCaCertificateCountTests
{
    private static IReadOnlyList<Finding> Check(string authType, int? count)
    {
        var json = JsonEdit.Set(ValidRequests.HuaweiServer, "vpn_server.client_auth_type", JsonEdit.Quoted(authType));
        if (count is { } certificates)
        {
            var items = string.Join(",", Enumerable.Range(0, certificates).Select(index => $$"""{"name": "ca{{index}}", "content": "x"}"""));
            json = JsonEdit.Set(json, "vpn_server.client_ca_certificates", "[" + items + "]");
        }

        return Lint.Check(ApiKind.HuaweiCreateVpnServer, json, RuleIds.ClientCaCertificateCount);
    }

    [TestMethod]
    public void CertAuthentication_WithoutCertificates_IsRejectedAtTheAuthType()
    {
        var finding = Check("CERT", null).Single();

        Assert.AreEqual("client_ca_certificates is missing: client_auth_type CERT needs 1 to 10 client CA certificates to authenticate clients", finding.Message);
        Assert.AreEqual("vpn_server.client_ca_certificates", finding.Path);
    }

    [TestMethod]
    public void CertAuthentication_With0_IsRejected() => Assert.HasCount(1, Check("CERT", 0));

    [TestMethod]
    public void CertAuthentication_With1_IsAllowed() => Assert.IsEmpty(Check("CERT", 1));

    [TestMethod]
    public void CertAuthentication_With10_IsAllowed() => Assert.IsEmpty(Check("CERT", 10));

    [TestMethod]
    public void CertAuthentication_With11_IsRejected()
    {
        Assert.AreEqual("client_ca_certificates has 11 certificates: Huawei takes at most 10", Check("CERT", 11).Single().Message);
    }

    [TestMethod]
    public void PasswordAuthentication_NeedsNone_ButTakesAtMost10()
    {
        Assert.IsEmpty(Check("LOCAL_PASSWORD", null));
        Assert.IsEmpty(Check("LOCAL_PASSWORD", 0));
        Assert.HasCount(1, Check("LOCAL_PASSWORD", 11));
    }

    [TestMethod]
    public void AuthTypeLeftOut_DefaultsToPassword()
    {
        Assert.IsEmpty(Lint.Check(ApiKind.HuaweiCreateVpnServer, JsonEdit.Remove(ValidRequests.HuaweiServer, "vpn_server.client_auth_type"), RuleIds.ClientCaCertificateCount));
    }
}
