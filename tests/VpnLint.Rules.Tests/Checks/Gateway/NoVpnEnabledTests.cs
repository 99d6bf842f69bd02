using VpnLint.Rules.Catalog;

namespace VpnLint.Rules.Tests.Checks.Gateway;

[TestClass]
public sealed class NoVpnEnabledTests
{
    [TestMethod]
    public void NeitherIpsecNorSsl_IsRejected()
    {
        var finding = GatewayChecks.CheckWithout(RuleIds.NoVpnEnabled, "SslConnections", ("EnableIpsec", "false"), ("EnableSsl", "false")).Single();

        Assert.AreEqual("EnableIpsec is false and EnableSsl is false: enable at least one of them", finding.Message);
        Assert.AreEqual("InvalidVpnEnable", finding.ErrorCode);
    }

    [TestMethod]
    public void IpsecOffAndSslLeftOut_IsRejected()
    {
        Assert.HasCount(1, GatewayChecks.CheckWithout(RuleIds.NoVpnEnabled, "EnableSsl", ("EnableIpsec", "false")));
    }

    [TestMethod]
    public void IpsecOffAndSslOfTheWrongType_IsLeftToVpn004_NotCalledUnset()
    {
        Assert.IsEmpty(GatewayChecks.CheckWithout(RuleIds.NoVpnEnabled, "SslConnections", ("EnableIpsec", "false"), ("EnableSsl", "\"yes\"")));
        Assert.HasCount(1, GatewayChecks.CheckWithout(RuleIds.NoVpnEnabled, "SslConnections", ("EnableIpsec", "false"), ("EnableSsl", "\"false\"")));
    }

    [TestMethod]
    public void IpsecLeftOut_IsOnByDefault()
    {
        Assert.IsEmpty(GatewayChecks.CheckWithout(RuleIds.NoVpnEnabled, "EnableIpsec", ("EnableSsl", "false")));
    }

    [TestMethod]
    public void EitherOne_IsEnough()
    {
        Assert.IsEmpty(GatewayChecks.Check(RuleIds.NoVpnEnabled, ("EnableIpsec", "false"), ("EnableSsl", "true")));
        Assert.IsEmpty(GatewayChecks.Check(RuleIds.NoVpnEnabled, ("EnableIpsec", "true"), ("EnableSsl", "false")));
    }
}
