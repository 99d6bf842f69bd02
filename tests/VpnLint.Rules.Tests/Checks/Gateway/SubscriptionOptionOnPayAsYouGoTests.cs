using VpnLint.Rules.Catalog;

namespace VpnLint.Rules.Tests.Checks.Gateway;

[TestClass]
public sealed class SubscriptionOptionOnPayAsYouGoTests
{
    [TestMethod]
    [DataRow("Period", "1")]
    [DataRow("AutoPay", "true")]
    [DataRow("AutoPay", "false")]
    public void SubscriptionOptionOnPostpay_IsAWarning(string name, string value)
    {
        var finding = GatewayChecks.Check(RuleIds.SubscriptionOptionOnPayAsYouGo, (name, value)).Single();

        Assert.AreEqual($"{name} is set on a pay-as-you-go gateway (InstanceChargeType POSTPAY): it has no effect; remove it, or use PREPAY", finding.Message);
        Assert.AreEqual(Severity.Warning, finding.Severity);
    }

    [TestMethod]
    public void SubscriptionOptionsOnPrepay_OrWithoutChargeType_AreFine()
    {
        Assert.IsEmpty(GatewayChecks.Check(RuleIds.SubscriptionOptionOnPayAsYouGo, ("InstanceChargeType", "\"PREPAY\""), ("Period", "1"), ("AutoPay", "true")));
        Assert.IsEmpty(GatewayChecks.CheckWithout(RuleIds.SubscriptionOptionOnPayAsYouGo, "InstanceChargeType", ("Period", "1")));
    }
}
