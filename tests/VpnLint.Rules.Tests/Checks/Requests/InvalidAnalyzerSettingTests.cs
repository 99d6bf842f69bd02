using VpnLint.Rules.Catalog;
using VpnLint.Rules.Checks.Requests;

namespace VpnLint.Rules.Tests.Checks.Requests;

[TestClass]
public sealed class InvalidAnalyzerSettingTests
{
    [TestMethod]
    [DataRow("5")]
    [DataRow(" 1000 ")]
    public void SslConnections_AGatewaysValue_IsRead(string value)
    {
        Assert.IsNull(InvalidAnalyzerSetting.Problem(InvalidAnalyzerSetting.SslConnections, value));
        Assert.AreEqual(int.Parse(value.Trim()), InvalidAnalyzerSetting.ReadSslConnections(value)?.Value);
    }

    [TestMethod]
    [DataRow("30")]
    [DataRow("4")]
    [DataRow("fifty")]
    [DataRow("-5")]
    public void SslConnections_AnyOtherValue_IsReportedWithTheAllowedValues(string value)
    {
        var problem = InvalidAnalyzerSetting.Problem("vpnlint.ssl_connections", value);

        Assert.IsNotNull(problem);
        Assert.IsNull(InvalidAnalyzerSetting.ReadSslConnections(value));
        Assert.AreEqual(
            $"vpnlint.ssl_connections = {value} is not a gateway's SslConnections: use 5, 10, 20, 50, 100, 200, 500 or 1000; VPN200 goes on without it",
            RuleCatalog.Get(RuleIds.InvalidAnalyzerSetting).FormatMessage(problem));
    }

    [TestMethod]
    public void SslConnections_Empty_SaysSo()
    {
        var problem = InvalidAnalyzerSetting.Problem("vpnlint.ssl_connections", "  ");

        Assert.AreEqual("vpnlint.ssl_connections (empty)", problem?[0]);
    }

    [TestMethod]
    public void VpcCidrs_EveryBlockValid_IsRead()
    {
        Assert.IsNull(InvalidAnalyzerSetting.Problem(InvalidAnalyzerSetting.VpcCidrs, "10.0.0.0/8, 172.16.0.0/12"));
        Assert.HasCount(2, InvalidAnalyzerSetting.ReadVpcCidrs("10.0.0.0/8, 172.16.0.0/12"));
    }

    [TestMethod]
    public void VpcCidrs_ABlockThatIsNotCidr_IsNamed_AndTheOthersStillApply()
    {
        var problem = InvalidAnalyzerSetting.Problem(InvalidAnalyzerSetting.VpcCidrs, "10.0.0.0/8, 10.0.0.0/33");

        Assert.AreEqual(
            "vpnlint.vpc_cidrs = 10.0.0.0/8, 10.0.0.0/33 holds 10.0.0.0/33, which is not an IPv4 CIDR block: write blocks such as 172.16.0.0/12, separated by commas; VPN107 goes on with the others",
            RuleCatalog.Get(RuleIds.InvalidAnalyzerSetting).FormatMessage(problem!));
        Assert.AreEqual("10.0.0.0/8", InvalidAnalyzerSetting.ReadVpcCidrs("10.0.0.0/8, 10.0.0.0/33").Single().Block.ToString());
    }

    [TestMethod]
    public void VpcCidrs_SeveralBadBlocks_AreAllNamed()
    {
        var problem = InvalidAnalyzerSetting.Problem(InvalidAnalyzerSetting.VpcCidrs, "x,,10.0.0.0/8");

        Assert.AreEqual("holds x and an empty item, which are not IPv4 CIDR blocks", problem?[1]);
    }

    [TestMethod]
    public void MisspelledKey_NamesTheSettingItMostLikelyMeant()
    {
        var problem = InvalidAnalyzerSetting.Problem("vpnlint.ssl_connection", "50");

        Assert.AreEqual(
            "vpnlint.ssl_connection is not a VpnLint setting: did you mean vpnlint.ssl_connections? The settings are vpnlint.ssl_connections and vpnlint.vpc_cidrs",
            RuleCatalog.Get(RuleIds.InvalidAnalyzerSetting).FormatMessage(problem!));
    }

    [TestMethod]
    public void UnknownKey_FarFromAnySetting_ListsTheSettings()
    {
        var problem = InvalidAnalyzerSetting.Problem("vpnlint.colour", "red");

        Assert.AreEqual("the settings are vpnlint.ssl_connections and vpnlint.vpc_cidrs", problem?[2]);
    }

    [TestMethod]
    public void KeysOfOtherTools_AndKeysInAnotherCase_AreNotVpnLints()
    {
        Assert.IsNull(InvalidAnalyzerSetting.Problem("dotnet_diagnostic.VPN301.severity", "none"));
        Assert.IsNull(InvalidAnalyzerSetting.Problem("VPNLINT.SSL_CONNECTIONS", "50"), "Keys of .editorconfig are case-insensitive.");
    }
}
