using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Rules.Tests.Checks.Addressing;

[TestClass]
public sealed class LocalSubnetReservedRangeTests
{
    private static IReadOnlyList<Finding> Check(ApiKind api, string block) => api switch
    {
        ApiKind.HuaweiCreateVpnServer => Lint.Check(api, JsonEdit.Set(ValidRequests.HuaweiServer, "vpn_server.local_subnets", $"[{JsonEdit.Quoted(block)}]"), RuleIds.LocalSubnetReservedRange),
        ApiKind.ModifySslVpnServer => Lint.Check(api, JsonEdit.Set(ValidRequests.ModifySslServer, "LocalSubnet", JsonEdit.Quoted(block)), RuleIds.LocalSubnetReservedRange),
        _ => Lint.Check(api, JsonEdit.Set(ValidRequests.SslServer, "LocalSubnet", JsonEdit.Quoted(block)), RuleIds.LocalSubnetReservedRange),
    };

    [TestMethod]
    [DataRow(ApiKind.CreateSslVpnServer, "100.64.0.0/10", "100.64.0.0", "100.127.255.255", "100.63.255.255", "100.128.0.0", "100.0.0.0/9")]
    [DataRow(ApiKind.CreateSslVpnServer, "127.0.0.0/8", "127.0.0.0", "127.255.255.255", "126.255.255.255", "128.0.0.0", "126.0.0.0/7")]
    [DataRow(ApiKind.CreateSslVpnServer, "169.254.0.0/16", "169.254.0.0", "169.254.255.255", "169.253.255.255", "169.255.0.0", "169.254.0.0/15")]
    [DataRow(ApiKind.CreateSslVpnServer, "224.0.0.0/4", "224.0.0.0", "239.255.255.255", "223.255.255.255", "240.0.0.0", "192.0.0.0/2")]
    [DataRow(ApiKind.CreateSslVpnServer, "255.0.0.0/8", "255.0.0.0", "255.255.255.255", "254.255.255.255", null, "254.0.0.0/7")]
    [DataRow(ApiKind.ModifySslVpnServer, "127.0.0.0/8", "127.0.0.0", "127.255.255.255", "126.255.255.255", "128.0.0.0", "126.0.0.0/7")]
    [DataRow(ApiKind.ModifySslVpnServer, "169.254.0.0/16", "169.254.0.0", "169.254.255.255", "169.253.255.255", "169.255.0.0", "169.254.0.0/15")]
    [DataRow(ApiKind.ModifySslVpnServer, "224.0.0.0/4", "224.0.0.0", "239.255.255.255", "223.255.255.255", "240.0.0.0", "192.0.0.0/2")]
    [DataRow(ApiKind.ModifySslVpnServer, "255.0.0.0/8", "255.0.0.0", "255.255.255.255", "254.255.255.255", null, "254.0.0.0/7")]
    [DataRow(ApiKind.HuaweiCreateVpnServer, "0.0.0.0/8", "0.0.0.0", "0.255.255.255", null, "1.0.0.0", "0.0.0.0/7")]
    [DataRow(ApiKind.HuaweiCreateVpnServer, "127.0.0.0/8", "127.0.0.0", "127.255.255.255", "126.255.255.255", "128.0.0.0", "126.0.0.0/7")]
    [DataRow(ApiKind.HuaweiCreateVpnServer, "224.0.0.0/4", "224.0.0.0", "239.255.255.255", "223.255.255.255", null, "192.0.0.0/2")]
    [DataRow(ApiKind.HuaweiCreateVpnServer, "240.0.0.0/4", "240.0.0.0", "255.255.255.255", null, null, null)]
    public void ReservedRange_IsRejected_AtItsEnds_AndWhenOnlyOverlapped_NotJustOutside(
        ApiKind api, string range, string first, string last, string? below, string? above, string? overlapping)
    {
        ReservedRangeAssertions.RejectedAtItsEndsAndWhenOverlapped(block => Check(api, block), range, first, last, below, above, overlapping);
    }

    [TestMethod]
    public void SharedAddressSpace_IsForbiddenOnCreate_AllowedOnModify()
    {
        Assert.AreEqual(
            "LocalSubnet 100.64.0.0/16 overlaps 100.64.0.0/10 (shared address space, 100.64.0.0 to 100.127.255.255), which CreateSslVpnServer does not allow as a local CIDR block: remove it or use a block outside it",
            Check(ApiKind.CreateSslVpnServer, "100.64.0.0/16").Single().Message);
        Assert.IsEmpty(Check(ApiKind.ModifySslVpnServer, "100.64.0.0/16"));
    }

    [TestMethod]
    public void LinkLocal_IsForbiddenByAlibaba_AllowedByHuawei()
    {
        Assert.HasCount(1, Check(ApiKind.CreateSslVpnServer, "169.254.1.0/24"));
        Assert.IsEmpty(Check(ApiKind.HuaweiCreateVpnServer, "169.254.1.0/24"));
    }

    [TestMethod]
    public void OnlyTheOffendingItem_IsReported()
    {
        var json = JsonEdit.Set(ValidRequests.SslServer, "LocalSubnet", "\"10.0.0.0/8,127.0.0.0/8\"");

        var finding = Lint.Check(ApiKind.CreateSslVpnServer, json, RuleIds.LocalSubnetReservedRange).Single();

        Assert.AreEqual("127.0.0.0/8", Lint.TextAt(json, finding));
    }
}
