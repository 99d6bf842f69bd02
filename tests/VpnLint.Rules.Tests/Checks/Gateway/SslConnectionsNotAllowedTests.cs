using VpnLint.Rules.Catalog;

namespace VpnLint.Rules.Tests.Checks.Gateway;

[TestClass]
public sealed class SslConnectionsNotAllowedTests
{
    [TestMethod]
    [DataRow("5")]
    [DataRow("10")]
    [DataRow("20")]
    [DataRow("50")]
    [DataRow("100")]
    [DataRow("200")]
    [DataRow("500")]
    [DataRow("1000")]
    public void PageValue_IsAllowed(string connections)
    {
        Assert.IsEmpty(GatewayChecks.Check(RuleIds.SslConnectionsNotAllowed, ("SslConnections", connections)));
    }

    [TestMethod]
    [DataRow("0")]
    [DataRow("4")]
    [DataRow("6")]
    [DataRow("999")]
    [DataRow("1001")]
    public void AnyOtherValue_IsRejected(string connections)
    {
        Assert.AreEqual(
            $"SslConnections {connections} is not allowed: use one of 5, 10, 20, 50, 100, 200, 500, 1000",
            GatewayChecks.Check(RuleIds.SslConnectionsNotAllowed, ("SslConnections", connections)).Single().Message);
    }
}
