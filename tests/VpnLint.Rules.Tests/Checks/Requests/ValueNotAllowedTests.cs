using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Rules.Tests.Checks.Requests;

[TestClass]
public sealed class ValueNotAllowedTests
{
    [TestMethod]
    [DataRow(ApiKind.CreateVpnGateway, ValidRequests.Gateway, "InstanceChargeType", "PREPAY")]
    [DataRow(ApiKind.CreateVpnGateway, ValidRequests.Gateway, "InstanceChargeType", "POSTPAY")]
    [DataRow(ApiKind.CreateVpnGateway, ValidRequests.Gateway, "NetworkType", "public")]
    [DataRow(ApiKind.CreateVpnGateway, ValidRequests.Gateway, "VpnType", "Normal")]
    [DataRow(ApiKind.CreateSslVpnServer, ValidRequests.SslServer, "Proto", "TCP")]
    [DataRow(ApiKind.CreateSslVpnServer, ValidRequests.SslServer, "Proto", "UDP")]
    [DataRow(ApiKind.CreateSslVpnServer, ValidRequests.SslServer, "Cipher", "AES-128-CBC")]
    [DataRow(ApiKind.CreateSslVpnServer, ValidRequests.SslServer, "Cipher", "AES-192-CBC")]
    [DataRow(ApiKind.CreateSslVpnServer, ValidRequests.SslServer, "Cipher", "AES-256-CBC")]
    [DataRow(ApiKind.CreateSslVpnServer, ValidRequests.SslServer, "Cipher", "none")]
    [DataRow(ApiKind.ModifySslVpnServer, ValidRequests.ModifySslServer, "Proto", "UDP")]
    [DataRow(ApiKind.ModifySslVpnServer, ValidRequests.ModifySslServer, "Cipher", "AES-192-CBC")]
    [DataRow(ApiKind.CreateIpsecServer, ValidRequests.IpsecServer, "DryRun", "true")]
    [DataRow(ApiKind.CreateIpsecServer, ValidRequests.IpsecServer, "DryRun", "false")]
    [DataRow(ApiKind.HuaweiCreateVpnServer, ValidRequests.HuaweiServer, "vpn_server.tunnel_protocol", "SSL")]
    [DataRow(ApiKind.HuaweiCreateVpnServer, ValidRequests.HuaweiServer, "vpn_server.client_auth_type", "CERT")]
    [DataRow(ApiKind.HuaweiCreateVpnServer, ValidRequests.HuaweiServer, "vpn_server.client_auth_type", "LOCAL_PASSWORD")]
    [DataRow(ApiKind.HuaweiCreateVpnServer, ValidRequests.HuaweiServer, "vpn_server.client_auth_type", "IAM")]
    [DataRow(ApiKind.HuaweiCreateVpnServer, ValidRequests.HuaweiServer, "vpn_server.client_auth_type", "FEDERATED")]
    [DataRow(ApiKind.HuaweiCreateVpnServer, ValidRequests.HuaweiServer, "vpn_server.ssl_options.protocol", "TCP")]
    [DataRow(ApiKind.HuaweiCreateVpnServer, ValidRequests.HuaweiServer, "vpn_server.ssl_options.encryption_algorithm", "AES-128-GCM")]
    [DataRow(ApiKind.HuaweiCreateVpnServer, ValidRequests.HuaweiServer, "vpn_server.ssl_options.encryption_algorithm", "AES-256-GCM")]
    [DataRow(ApiKind.HuaweiCreateVpnServer, ValidRequests.HuaweiServer, "vpn_server.server_certificate.source", "CCM")]
    [DataRow(ApiKind.HuaweiCreateVpnServer, ValidRequests.HuaweiServer, "vpn_server.server_certificate.source", "SERVICE_SIGN")]
    public void AllowedValue_IsAccepted(ApiKind api, string valid, string path, string value)
    {
        Assert.IsEmpty(Lint.Check(api, JsonEdit.Set(valid, path, JsonEdit.Quoted(value)), RuleIds.ValueNotAllowed));
    }

    [TestMethod]
    [DataRow(ApiKind.CreateVpnGateway, ValidRequests.Gateway, "InstanceChargeType", "postpay", "POSTPAY")]
    [DataRow(ApiKind.CreateVpnGateway, ValidRequests.Gateway, "NetworkType", "Private", "private")]
    [DataRow(ApiKind.CreateVpnGateway, ValidRequests.Gateway, "VpnType", "normal", "Normal")]
    [DataRow(ApiKind.CreateSslVpnServer, ValidRequests.SslServer, "Proto", "udp", "UDP")]
    [DataRow(ApiKind.CreateSslVpnServer, ValidRequests.SslServer, "Cipher", "aes-256-cbc", "AES-256-CBC")]
    [DataRow(ApiKind.CreateSslVpnServer, ValidRequests.SslServer, "Cipher", "None", "none")]
    [DataRow(ApiKind.CreateIpsecServer, ValidRequests.IpsecServer, "DryRun", "True", "true")]
    [DataRow(ApiKind.HuaweiCreateVpnServer, ValidRequests.HuaweiServer, "vpn_server.tunnel_protocol", "ssl", "SSL")]
    [DataRow(ApiKind.HuaweiCreateVpnServer, ValidRequests.HuaweiServer, "vpn_server.client_auth_type", "cert", "CERT")]
    [DataRow(ApiKind.HuaweiCreateVpnServer, ValidRequests.HuaweiServer, "vpn_server.ssl_options.protocol", "tcp", "TCP")]
    [DataRow(ApiKind.HuaweiCreateVpnServer, ValidRequests.HuaweiServer, "vpn_server.ssl_options.encryption_algorithm", "aes-128-gcm", "AES-128-GCM")]
    public void WrongCase_NamesTheRightSpelling_AndFixesIt(ApiKind api, string valid, string path, string value, string spelling)
    {
        var finding = Lint.Check(api, JsonEdit.Set(valid, path, JsonEdit.Quoted(value)), RuleIds.ValueNotAllowed).Single();

        Assert.AreEqual(spelling, finding.Replacement);
        Assert.EndsWith($"is not allowed: write {spelling}; the values are case-sensitive", finding.Message);
    }

    [TestMethod]
    public void IkeVersion_InsideIkeConfig_IsChecked()
    {
        var allowed = JsonEdit.Set(ValidRequests.IpsecServer, "IkeConfig", JsonEdit.Quoted("""{"IkeVersion":"ikev1"}"""));
        var wrongCase = JsonEdit.Set(ValidRequests.IpsecServer, "IkeConfig", JsonEdit.Quoted("""{"IkeVersion":"IKEv2"}"""));

        Assert.IsEmpty(Lint.Check(ApiKind.CreateIpsecServer, allowed, RuleIds.ValueNotAllowed));
        Assert.AreEqual("ikev2", Lint.Check(ApiKind.CreateIpsecServer, wrongCase, RuleIds.ValueNotAllowed).Single().Replacement);
    }

    [TestMethod]
    public void ValueOutsideTheSet_ListsTheSet()
    {
        var finding = Lint.Check(ApiKind.CreateSslVpnServer, JsonEdit.Set(ValidRequests.SslServer, "Proto", "\"SCTP\""), RuleIds.ValueNotAllowed).Single();

        Assert.AreEqual("Proto SCTP is not allowed: use one of TCP, UDP", finding.Message);
        Assert.IsNull(finding.Replacement);
        Assert.AreEqual(Severity.Error, finding.Severity);
    }

    [TestMethod]
    public void SingleAllowedValue_IsNamed()
    {
        var finding = Lint.Check(ApiKind.CreateVpnGateway, JsonEdit.Set(ValidRequests.Gateway, "VpnType", "\"NationalStandard\""), RuleIds.ValueNotAllowed).Single();

        Assert.AreEqual("VpnType NationalStandard is not allowed: use Normal", finding.Message);
    }

    [TestMethod]
    public void IpsecDryRunGivenAsABoolean_ReadsAsItsText()
    {
        Assert.IsEmpty(Lint.Check(ApiKind.CreateIpsecServer, JsonEdit.Set(ValidRequests.IpsecServer, "DryRun", "true"), RuleIds.ValueNotAllowed));
        Assert.HasCount(1, Lint.Check(ApiKind.CreateIpsecServer, JsonEdit.Set(ValidRequests.IpsecServer, "DryRun", "\"maybe\""), RuleIds.ValueNotAllowed));
    }
}
