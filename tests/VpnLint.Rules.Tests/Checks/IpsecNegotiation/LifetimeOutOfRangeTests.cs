using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Rules.Tests.Checks.IpsecNegotiation;

[TestClass]
public sealed class LifetimeOutOfRangeTests
{
    private static IReadOnlyList<Finding> Check(string config, string key, string seconds, bool asString) =>
        Lint.Check(
            ApiKind.CreateIpsecServer,
            JsonEdit.Set(ValidRequests.IpsecServer, config, asString ? JsonEdit.Quoted($$"""{"{{key}}":{{seconds}}}""") : $$"""{"{{key}}":{{seconds}}}"""),
            RuleIds.LifetimeOutOfRange);

    [TestMethod]
    [DataRow("IkeConfig", "IkeLifetime", true)]
    [DataRow("IkeConfig", "IkeLifetime", false)]
    [DataRow("IpsecConfig", "IpsecLifetime", true)]
    [DataRow("IpsecConfig", "IpsecLifetime", false)]
    public void Lifetime0And86400_AreAllowed_Minus1And86401AreNot(string config, string key, bool asString)
    {
        Assert.IsEmpty(Check(config, key, "0", asString));
        Assert.IsEmpty(Check(config, key, "86400", asString));

        var below = Check(config, key, "-1", asString).Single();
        var above = Check(config, key, "86401", asString).Single();

        Assert.AreEqual($"{config}.{key} -1 is outside 0 to 86400 seconds: use 86400, the default, or less", below.Message);
        Assert.AreEqual($"{config}.{key}", above.Path);
    }

    [TestMethod]
    public void FindingInsideAString_PointsAtTheNumber()
    {
        var json = JsonEdit.Set(ValidRequests.IpsecServer, "IkeConfig", JsonEdit.Quoted("""{"IkeVersion":"ikev2","IkeLifetime":90000}"""));

        var finding = Lint.Check(ApiKind.CreateIpsecServer, json, RuleIds.LifetimeOutOfRange).Single();

        Assert.AreEqual("90000", Lint.TextAt(json, finding));
    }
}
