using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Rules.Tests.Checks.Requests;

[TestClass]
public sealed class MissingRequiredParameterTests
{
    [TestMethod]
    [DataRow(ApiKind.CreateVpnGateway, ValidRequests.Gateway, "RegionId")]
    [DataRow(ApiKind.CreateVpnGateway, ValidRequests.Gateway, "VpcId")]
    [DataRow(ApiKind.CreateVpnGateway, ValidRequests.Gateway, "Bandwidth")]
    [DataRow(ApiKind.CreateSslVpnServer, ValidRequests.SslServer, "RegionId")]
    [DataRow(ApiKind.CreateSslVpnServer, ValidRequests.SslServer, "VpnGatewayId")]
    [DataRow(ApiKind.CreateSslVpnServer, ValidRequests.SslServer, "ClientIpPool")]
    [DataRow(ApiKind.CreateSslVpnServer, ValidRequests.SslServer, "LocalSubnet")]
    [DataRow(ApiKind.ModifySslVpnServer, ValidRequests.ModifySslServer, "RegionId")]
    [DataRow(ApiKind.ModifySslVpnServer, ValidRequests.ModifySslServer, "SslVpnServerId")]
    [DataRow(ApiKind.CreateIpsecServer, ValidRequests.IpsecServer, "RegionId")]
    [DataRow(ApiKind.CreateIpsecServer, ValidRequests.IpsecServer, "VpnGatewayId")]
    [DataRow(ApiKind.CreateIpsecServer, ValidRequests.IpsecServer, "LocalSubnet")]
    [DataRow(ApiKind.CreateIpsecServer, ValidRequests.IpsecServer, "ClientIpPool")]
    [DataRow(ApiKind.CreateIpsecServer, ValidRequests.IpsecServer, "PskEnabled")]
    [DataRow(ApiKind.HuaweiCreateVpnServer, ValidRequests.HuaweiServer, "vpn_server.client_cidr")]
    [DataRow(ApiKind.HuaweiCreateVpnServer, ValidRequests.HuaweiServer, "vpn_server.local_subnets")]
    [DataRow(ApiKind.HuaweiCreateVpnServer, ValidRequests.HuaweiServer, "vpn_server.server_certificate")]
    [DataRow(ApiKind.HuaweiCreateVpnServer, ValidRequests.HuaweiServer, "vpn_server.server_certificate.id")]
    [DataRow(ApiKind.HuaweiCreateVpnServer, ValidRequests.HuaweiServer, "vpn_server.ssl_options")]
    public void MissingRequiredParameter_IsReported_AtTheEnclosingObject(ApiKind api, string valid, string path)
    {
        var json = JsonEdit.Remove(valid, path);

        var findings = Lint.Check(api, json, RuleIds.MissingRequiredParameter);

        Assert.HasCount(1, findings);
        Assert.AreEqual(path, findings[0].Path);
        Assert.AreEqual(api == ApiKind.HuaweiCreateVpnServer ? null : "MissingParameter", findings[0].ErrorCode, "Huawei's page documents no error codes.");
        Assert.StartsWith("{", Lint.TextAt(json, findings[0]));
        Assert.Contains("is missing", findings[0].Message);
    }

    [TestMethod]
    public void HuaweiVpnServerBody_MissingIsReported()
    {
        var findings = Lint.Check(ApiKind.HuaweiCreateVpnServer, """{"vpn_server": null, "p2c_vgw_id": "gw-1"}""", RuleIds.MissingRequiredParameter);

        Assert.HasCount(1, findings);
        Assert.AreEqual("vpn_server is null: Huawei CreateVpnServer requires it", findings[0].Message);
    }

    [TestMethod]
    public void ClientCaCertificateContent_IsRequired()
    {
        var json = JsonEdit.Set(ValidRequests.HuaweiServer, ("vpn_server.client_auth_type", "\"CERT\""), ("vpn_server.client_ca_certificates", """[{"name": "ca"}]"""));

        var findings = Lint.Check(ApiKind.HuaweiCreateVpnServer, json, RuleIds.MissingRequiredParameter);

        Assert.HasCount(1, findings);
        Assert.AreEqual("vpn_server.client_ca_certificates[0].content", findings[0].Path);
    }

    [TestMethod]
    public void EmptyString_IsReported_AtTheValue_WithThePagesExample()
    {
        var json = JsonEdit.Set(ValidRequests.SslServer, "ClientIpPool", "\"  \"");

        var finding = Lint.Check(ApiKind.CreateSslVpnServer, json, RuleIds.MissingRequiredParameter).Single();

        Assert.AreEqual("ClientIpPool is empty: CreateSslVpnServer requires it; for example 192.168.1.0/24", finding.Message);
        Assert.AreEqual("\"  \"", Lint.TextAt(json, finding));
    }

    [TestMethod]
    public void OptionalParameterLeftOut_IsNotReported()
    {
        var json = JsonEdit.Remove(JsonEdit.Remove(ValidRequests.SslServer, "Name"), "Port");

        Assert.IsEmpty(Lint.Check(ApiKind.CreateSslVpnServer, json, RuleIds.MissingRequiredParameter));
    }

    [TestMethod]
    public void ModifyWithoutClientIpPool_IsNotReported_CreateIs()
    {
        Assert.IsEmpty(Lint.Check(ApiKind.ModifySslVpnServer, JsonEdit.Remove(ValidRequests.ModifySslServer, "ClientIpPool"), RuleIds.MissingRequiredParameter));
        Assert.HasCount(1, Lint.Check(ApiKind.CreateSslVpnServer, JsonEdit.Remove(ValidRequests.SslServer, "ClientIpPool"), RuleIds.MissingRequiredParameter));
    }

    [TestMethod]
    public void EmptyLocalSubnetsList_IsLeftToTheListRule()
    {
        var json = JsonEdit.Set(ValidRequests.HuaweiServer, "vpn_server.local_subnets", "[]");

        Assert.IsEmpty(Lint.Check(ApiKind.HuaweiCreateVpnServer, json, RuleIds.MissingRequiredParameter));
        Assert.HasCount(1, Lint.Check(ApiKind.HuaweiCreateVpnServer, json, RuleIds.LocalSubnetList));
    }

    [TestMethod]
    public void ActionIsLeftToApiIdentification()
    {
        Assert.IsEmpty(Lint.Check(ApiKind.CreateSslVpnServer, JsonEdit.Remove(ValidRequests.SslServer, "Action"), RuleIds.MissingRequiredParameter));
    }
}
