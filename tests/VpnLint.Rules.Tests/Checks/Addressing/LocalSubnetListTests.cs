using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Rules.Tests.Checks.Addressing;

[TestClass]
public sealed class LocalSubnetListTests
{
    private static IReadOnlyList<Finding> Huawei(int count) => Lint.Check(
        ApiKind.HuaweiCreateVpnServer,
        JsonEdit.Set(ValidRequests.HuaweiServer, "vpn_server.local_subnets", "[" + string.Join(",", Enumerable.Range(0, count).Select(index => $"\"10.{index}.0.0/16\"")) + "]"),
        RuleIds.LocalSubnetList);

    [TestMethod]
    public void HuaweiLocalSubnets0_IsRejected()
    {
        var finding = Huawei(0).Single();

        Assert.AreEqual("local_subnets is empty: Huawei needs at least one local CIDR block, the network clients reach", finding.Message);
        Assert.AreEqual(Severity.Error, finding.Severity);
    }

    [TestMethod]
    public void HuaweiLocalSubnets1_IsAllowed() => Assert.IsEmpty(Huawei(1));

    [TestMethod]
    public void HuaweiLocalSubnets20_IsAllowed() => Assert.IsEmpty(Huawei(20));

    [TestMethod]
    public void HuaweiLocalSubnets21_IsRejected()
    {
        var finding = Huawei(21).Single();

        Assert.AreEqual("local_subnets has 21 blocks: Huawei takes at most 20; merge adjacent blocks into larger ones", finding.Message);
        Assert.AreEqual("vpn_server.local_subnets", finding.Path);
    }

    [TestMethod]
    [DataRow(ApiKind.CreateSslVpnServer, ValidRequests.SslServer)]
    [DataRow(ApiKind.ModifySslVpnServer, ValidRequests.ModifySslServer)]
    [DataRow(ApiKind.CreateIpsecServer, ValidRequests.IpsecServer)]
    public void DuplicateInACommaList_IsAWarningAtTheRepeat(ApiKind api, string valid)
    {
        var json = JsonEdit.Set(valid, "LocalSubnet", "\"10.20.0.0/16,10.30.0.0/16,10.20.0.0/16\"");

        var finding = Lint.Check(api, json, RuleIds.LocalSubnetList).Single();

        Assert.AreEqual(Severity.Warning, finding.Severity);
        Assert.AreEqual("LocalSubnet[2]", finding.Path);
        Assert.AreEqual("LocalSubnet 10.20.0.0/16: it repeats 10.20.0.0/16; remove one", finding.Message);
    }

    [TestMethod]
    public void NestedBlocks_AreWarnings_InEitherOrder()
    {
        var within = Lint.Check(ApiKind.HuaweiCreateVpnServer, JsonEdit.Set(ValidRequests.HuaweiServer, "vpn_server.local_subnets", """["10.0.0.0/8", "10.1.0.0/16"]"""), RuleIds.LocalSubnetList).Single();
        var containing = Lint.Check(ApiKind.HuaweiCreateVpnServer, JsonEdit.Set(ValidRequests.HuaweiServer, "vpn_server.local_subnets", """["10.1.0.0/16", "10.0.0.0/8"]"""), RuleIds.LocalSubnetList).Single();

        Assert.EndsWith("it lies within 10.0.0.0/8, listed before it; remove it", within.Message);
        Assert.EndsWith("it contains 10.1.0.0/16, listed before it; keep only 10.0.0.0/8", containing.Message);
        Assert.AreEqual(Severity.Warning, containing.Severity);
    }

    [TestMethod]
    [DataRow("10.3.0.0/8", "10.0.0.0/8")]
    [DataRow("10.0.0.0/8", "10.0.0.0/8")]
    public void ContainingBlockToKeep_IsSuggestedInItsNetworkForm(string containing, string network)
    {
        var json = JsonEdit.Set(ValidRequests.HuaweiServer, "vpn_server.local_subnets", $"[\"10.1.0.0/16\", \"{containing}\"]");

        var finding = Lint.Check(ApiKind.HuaweiCreateVpnServer, json, RuleIds.LocalSubnetList).Single();

        Assert.AreEqual($"local_subnets {containing}: it contains 10.1.0.0/16, listed before it; keep only {network}", finding.Message);
    }

    [TestMethod]
    public void SameNetworkWrittenWithHostBits_IsARepeat()
    {
        var json = JsonEdit.Set(ValidRequests.SslServer, "LocalSubnet", "\"10.20.0.0/16,10.20.0.1/16\"");

        Assert.Contains("it repeats 10.20.0.0/16", Lint.Check(ApiKind.CreateSslVpnServer, json, RuleIds.LocalSubnetList).Single().Message);
    }

    [TestMethod]
    public void DisjointBlocks_AreNotReported()
    {
        Assert.IsEmpty(Lint.Check(ApiKind.CreateSslVpnServer, JsonEdit.Set(ValidRequests.SslServer, "LocalSubnet", "\"10.0.0.0/16,10.1.0.0/16\""), RuleIds.LocalSubnetList));
    }
}
