using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Rules.Tests.Checks.Transport;

[TestClass]
public sealed class CompressionOnTests
{
    [TestMethod]
    [DataRow(ApiKind.CreateSslVpnServer, ValidRequests.SslServer)]
    [DataRow(ApiKind.ModifySslVpnServer, ValidRequests.ModifySslServer)]
    public void CompressTrue_IsAWarning(ApiKind api, string valid)
    {
        var finding = Lint.Check(api, JsonEdit.Set(valid, "Compress", "true"), RuleIds.CompressionOn).Single();

        Assert.AreEqual(Severity.Warning, finding.Severity);
        Assert.AreEqual("Compress is true: compression before encryption leaks plaintext (the VORACLE attack) and OpenVPN deprecates it; set Compress to false", finding.Message);
    }

    [TestMethod]
    public void CompressLeftOut_IsFineOnCreate_AndOnModify_WhichKeepsTheServersSetting()
    {
        Assert.IsEmpty(Lint.Check(ApiKind.CreateSslVpnServer, JsonEdit.Remove(ValidRequests.SslServer, "Compress"), RuleIds.CompressionOn));

        var rename = JsonEdit.Set(JsonEdit.Remove(ValidRequests.ModifySslServer, "Compress"), "Name", "\"renamed\"");
        var portChange = JsonEdit.Set(JsonEdit.Remove(ValidRequests.ModifySslServer, "Compress"), "Port", "1195");
        Assert.IsEmpty(Lint.Check(ApiKind.ModifySslVpnServer, rename, RuleIds.CompressionOn), "A rename leaves compression as it is.");
        Assert.IsEmpty(Lint.Check(ApiKind.ModifySslVpnServer, portChange, RuleIds.CompressionOn), "A port change leaves compression as it is.");
    }

    [TestMethod]
    public void ModifySettingCompressTrue_IsReportedAtTheValue()
    {
        var modify = JsonEdit.Set(ValidRequests.ModifySslServer, "Compress", "true");

        var finding = Lint.Check(ApiKind.ModifySslVpnServer, modify, RuleIds.CompressionOn).Single();

        Assert.AreEqual("true", Lint.TextAt(modify, finding));
    }

    [TestMethod]
    public void CompressFalse_IsNotReported()
    {
        Assert.IsEmpty(Lint.Check(ApiKind.ModifySslVpnServer, ValidRequests.ModifySslServer, RuleIds.CompressionOn));
    }

    [TestMethod]
    public void HuaweiIsCompressed_IsReported_WhenTrueOnly()
    {
        var finding = Lint.Check(ApiKind.HuaweiCreateVpnServer, JsonEdit.Set(ValidRequests.HuaweiServer, "vpn_server.ssl_options.is_compressed", "true"), RuleIds.CompressionOn).Single();

        Assert.StartsWith("ssl_options.is_compressed is true:", finding.Message);
        Assert.EndsWith("set ssl_options.is_compressed to false", finding.Message);
        Assert.IsEmpty(Lint.Check(ApiKind.HuaweiCreateVpnServer, JsonEdit.Remove(ValidRequests.HuaweiServer, "vpn_server.ssl_options.is_compressed"), RuleIds.CompressionOn));
    }
}
