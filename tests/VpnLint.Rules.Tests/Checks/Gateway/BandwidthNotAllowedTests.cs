using VpnLint.Rules.Catalog;

namespace VpnLint.Rules.Tests.Checks.Gateway;

[TestClass]
public sealed class BandwidthNotAllowedTests
{
    [TestMethod]
    [DataRow("10")]
    [DataRow("100")]
    [DataRow("200")]
    [DataRow("500")]
    [DataRow("1000")]
    public void PublicGatewayBandwidths_AreAllowed(string bandwidth)
    {
        Assert.IsEmpty(GatewayChecks.Check(RuleIds.BandwidthNotAllowed, ("Bandwidth", bandwidth)));
    }

    [TestMethod]
    [DataRow("5")]
    [DataRow("50")]
    [DataRow("2000")]
    public void OtherPublicBandwidths_AreRejected_ThePagesOwnExampleToo(string bandwidth)
    {
        var finding = GatewayChecks.Check(RuleIds.BandwidthNotAllowed, ("Bandwidth", bandwidth)).Single();

        Assert.AreEqual($"Bandwidth {bandwidth} is not allowed for a public gateway: use one of 10, 100, 200, 500, 1000", finding.Message);
        Assert.AreEqual("InvalidSpec.NotFound", finding.ErrorCode);
    }

    [TestMethod]
    public void PrivateGateway_Takes200Or1000Only()
    {
        (string, string) privately = ("NetworkType", "\"private\"");

        Assert.IsEmpty(GatewayChecks.Check(RuleIds.BandwidthNotAllowed, privately, ("Bandwidth", "200")));
        Assert.IsEmpty(GatewayChecks.Check(RuleIds.BandwidthNotAllowed, privately, ("Bandwidth", "1000")));
        Assert.AreEqual(
            "Bandwidth 100 is not allowed for a private gateway: use one of 200, 1000",
            GatewayChecks.Check(RuleIds.BandwidthNotAllowed, privately, ("Bandwidth", "100")).Single().Message);
    }

    [TestMethod]
    public void NetworkTypeLeftOut_IsPublic()
    {
        Assert.IsEmpty(GatewayChecks.CheckWithout(RuleIds.BandwidthNotAllowed, "NetworkType", ("Bandwidth", "10")));
    }

    [TestMethod]
    public void UnknownNetworkType_IsLeftToTheAllowedValuesRule()
    {
        Assert.IsEmpty(GatewayChecks.Check(RuleIds.BandwidthNotAllowed, ("NetworkType", "\"hybrid\""), ("Bandwidth", "7")));
    }
}
