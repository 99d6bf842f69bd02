using VpnLint.Rules.Catalog;

namespace VpnLint.Rules.Tests.Checks.Gateway;

[TestClass]
public sealed class SslConnectionsWithoutSslTests
{
    [TestMethod]
    public void SslConnectionsWithSslOff_IsRejected()
    {
        var finding = GatewayChecks.Check(RuleIds.SslConnectionsWithoutSsl, ("EnableSsl", "false")).Single();

        Assert.AreEqual("SslConnections is set but EnableSsl is false: set EnableSsl to true or remove SslConnections", finding.Message);
        Assert.AreEqual("UnnecessarySslConnection", finding.ErrorCode);
    }

    [TestMethod]
    public void SslConnectionsWithSslLeftOut_IsRejected_AsSslIsOffByDefault()
    {
        Assert.Contains("EnableSsl is not set (false by default)", GatewayChecks.CheckWithout(RuleIds.SslConnectionsWithoutSsl, "EnableSsl").Single().Message);
    }

    [TestMethod]
    [DataRow("\"false\"")]
    [DataRow("null")]
    public void SslConnectionsWithSslReadAsOff_IsRejected(string enableSsl)
    {
        Assert.HasCount(1, GatewayChecks.Check(RuleIds.SslConnectionsWithoutSsl, ("EnableSsl", enableSsl)));
    }

    [TestMethod]
    [DataRow("\"yes\"")]
    [DataRow("1")]
    [DataRow("[true]")]
    public void SslConnectionsWithSslOfTheWrongType_IsLeftToVpn004_NotCalledUnset(string enableSsl)
    {
        Assert.IsEmpty(GatewayChecks.Check(RuleIds.SslConnectionsWithoutSsl, ("EnableSsl", enableSsl)));
        Assert.HasCount(1, GatewayChecks.Check(RuleIds.WrongValueType, ("EnableSsl", enableSsl)));
    }

    [TestMethod]
    public void SslConnectionsWithSslOn_OrNoSslConnections_IsFine()
    {
        Assert.IsEmpty(GatewayChecks.Check(RuleIds.SslConnectionsWithoutSsl, ("EnableSsl", "true")));
        Assert.IsEmpty(GatewayChecks.CheckWithout(RuleIds.SslConnectionsWithoutSsl, "SslConnections", ("EnableSsl", "false")));
    }
}
