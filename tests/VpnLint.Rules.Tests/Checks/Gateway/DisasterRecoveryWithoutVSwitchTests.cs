using VpnLint.Rules.Catalog;

namespace VpnLint.Rules.Tests.Checks.Gateway;

[TestClass]
public sealed class DisasterRecoveryWithoutVSwitchTests
{
    [TestMethod]
    public void SecondVSwitchAlone_IsAWarning()
    {
        var finding = GatewayChecks.Check(RuleIds.DisasterRecoveryWithoutVSwitch, ("DisasterRecoveryVSwitchId", "\"vsw-2\"")).Single();

        Assert.AreEqual("DisasterRecoveryVSwitchId is set without VSwitchId: regions with dual-tunnel IPsec-VPN need both; set VSwitchId too", finding.Message);
        Assert.AreEqual(Severity.Warning, finding.Severity);
    }

    [TestMethod]
    public void EmptyVSwitch_DoesNotCount()
    {
        Assert.HasCount(1, GatewayChecks.Check(RuleIds.DisasterRecoveryWithoutVSwitch, ("DisasterRecoveryVSwitchId", "\"vsw-2\""), ("VSwitchId", "\"\"")));
    }

    [TestMethod]
    public void BothVSwitches_OrNeither_AreFine()
    {
        Assert.IsEmpty(GatewayChecks.Check(RuleIds.DisasterRecoveryWithoutVSwitch, ("DisasterRecoveryVSwitchId", "\"vsw-2\""), ("VSwitchId", "\"vsw-1\"")));
        Assert.IsEmpty(GatewayChecks.Check(RuleIds.DisasterRecoveryWithoutVSwitch, ("VSwitchId", "\"vsw-1\"")));
        Assert.IsEmpty(GatewayChecks.Check(RuleIds.DisasterRecoveryWithoutVSwitch));
    }
}
