using VpnLint.Rules.Catalog;

namespace VpnLint.Rules.Tests.Checks.Gateway;

[TestClass]
public sealed class PeriodNotAllowedTests
{
    [TestMethod]
    public void PagesPeriods_AreAllowed()
    {
        foreach (var months in new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 24, 36 })
        {
            Assert.IsEmpty(GatewayChecks.Check(RuleIds.PeriodNotAllowed, ("InstanceChargeType", "\"PREPAY\""), ("Period", months.ToString(System.Globalization.CultureInfo.InvariantCulture))), months.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [TestMethod]
    [DataRow("0")]
    [DataRow("10")]
    [DataRow("11")]
    [DataRow("13")]
    [DataRow("48")]
    public void OtherPeriods_AreRejected(string months)
    {
        var finding = GatewayChecks.Check(RuleIds.PeriodNotAllowed, ("InstanceChargeType", "\"PREPAY\""), ("Period", months)).Single();

        Assert.AreEqual($"Period {months} is not allowed: use 1 to 9, 12, 24 or 36 (months)", finding.Message);
        Assert.AreEqual("InvalidPeriod", finding.ErrorCode);
    }
}
