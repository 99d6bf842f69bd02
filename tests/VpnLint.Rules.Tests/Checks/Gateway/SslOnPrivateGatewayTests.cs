using VpnLint.Rules.Catalog;

namespace VpnLint.Rules.Tests.Checks.Gateway;

[TestClass]
public sealed class SslOnPrivateGatewayTests
{
    [TestMethod]
    public void SslOnAPrivateGateway_IsRejected()
    {
        var finding = GatewayChecks.Check(RuleIds.SslOnPrivateGateway, ("NetworkType", "\"private\""), ("Bandwidth", "200")).Single();

        Assert.AreEqual("EnableSsl is true on a private gateway (NetworkType private): use a public gateway for SSL-VPN, or set EnableSsl to false", finding.Message);
        Assert.AreEqual("OperationFailed.SslNotSupport", finding.ErrorCode);
    }

    [TestMethod]
    public void SslOnAPublicGateway_OrIpsecOnAPrivateOne_IsFine()
    {
        Assert.IsEmpty(GatewayChecks.Check(RuleIds.SslOnPrivateGateway, ("NetworkType", "\"public\"")));
        Assert.IsEmpty(GatewayChecks.CheckWithout(RuleIds.SslOnPrivateGateway, "SslConnections", ("NetworkType", "\"private\""), ("EnableSsl", "false")));
        Assert.IsEmpty(GatewayChecks.CheckWithout(RuleIds.SslOnPrivateGateway, "NetworkType"));
    }
}
