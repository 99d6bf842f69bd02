using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Rules.Tests.Checks.Addressing;

[TestClass]
public sealed class ClientPoolReservedRangeTests
{
    private static IReadOnlyList<Finding> Check(ApiKind api, string block) => api switch
    {
        ApiKind.HuaweiCreateVpnServer => Lint.Check(api, JsonEdit.Set(ValidRequests.HuaweiServer, "vpn_server.client_cidr", JsonEdit.Quoted(block)), RuleIds.ClientPoolReservedRange),
        ApiKind.ModifySslVpnServer => Lint.Check(api, JsonEdit.Set(ValidRequests.ModifySslServer, "ClientIpPool", JsonEdit.Quoted(block)), RuleIds.ClientPoolReservedRange),
        _ => Lint.Check(api, JsonEdit.Set(ValidRequests.SslServer, "ClientIpPool", JsonEdit.Quoted(block)), RuleIds.ClientPoolReservedRange),
    };

    [TestMethod]
    [DataRow(ApiKind.CreateSslVpnServer, "100.64.0.0/10", "100.64.0.0", "100.127.255.255", "100.63.255.255", "100.128.0.0", "100.0.0.0/9")]
    [DataRow(ApiKind.CreateSslVpnServer, "127.0.0.0/8", "127.0.0.0", "127.255.255.255", "126.255.255.255", "128.0.0.0", "126.0.0.0/7")]
    [DataRow(ApiKind.CreateSslVpnServer, "169.254.0.0/16", "169.254.0.0", "169.254.255.255", "169.253.255.255", "169.255.0.0", "169.254.0.0/15")]
    [DataRow(ApiKind.CreateSslVpnServer, "224.0.0.0/4", "224.0.0.0", "239.255.255.255", "223.255.255.255", "240.0.0.0", "192.0.0.0/2")]
    [DataRow(ApiKind.CreateSslVpnServer, "255.0.0.0/8", "255.0.0.0", "255.255.255.255", "254.255.255.255", null, "254.0.0.0/7")]
    [DataRow(ApiKind.ModifySslVpnServer, "100.64.0.0/10", "100.64.0.0", "100.127.255.255", "100.63.255.255", "100.128.0.0", "100.0.0.0/9")]
    [DataRow(ApiKind.ModifySslVpnServer, "255.0.0.0/8", "255.0.0.0", "255.255.255.255", "254.255.255.255", null, "254.0.0.0/7")]
    [DataRow(ApiKind.HuaweiCreateVpnServer, "0.0.0.0/8", "0.0.0.0", "0.255.255.255", null, "1.0.0.0", "0.0.0.0/7")]
    [DataRow(ApiKind.HuaweiCreateVpnServer, "127.0.0.0/8", "127.0.0.0", "127.255.255.255", "126.255.255.255", "128.0.0.0", "126.0.0.0/7")]
    [DataRow(ApiKind.HuaweiCreateVpnServer, "224.0.0.0/4", "224.0.0.0", "239.255.255.255", "223.255.255.255", null, "192.0.0.0/2")]
    [DataRow(ApiKind.HuaweiCreateVpnServer, "240.0.0.0/4", "240.0.0.0", "255.255.255.255", null, null, null)]
    [DataRow(ApiKind.HuaweiCreateVpnServer, "169.254.0.0/16", "169.254.0.0", "169.254.255.255", "169.253.255.255", "169.255.0.0", "169.254.0.0/15")]
    public void ReservedRange_IsRejected_AtItsEnds_AndWhenOnlyOverlapped_NotJustOutside(
        ApiKind api, string range, string first, string last, string? below, string? above, string? overlapping)
    {
        ReservedRangeAssertions.RejectedAtItsEndsAndWhenOverlapped(block => Check(api, block), range, first, last, below, above, overlapping);
        Assert.AreEqual(api == ApiKind.HuaweiCreateVpnServer ? null : "ClientIpPool.SubnetInvalid", Check(api, first + "/32").Single().ErrorCode);
    }

    [TestMethod]
    public void Message_NamesTheRangeItsKindAndThePage()
    {
        Assert.AreEqual(
            "ClientIpPool 100.64.0.0/16 overlaps 100.64.0.0/10 (shared address space, 100.64.0.0 to 100.127.255.255), which CreateSslVpnServer does not allow for the client CIDR block: choose a block outside it, such as one in 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16",
            Check(ApiKind.CreateSslVpnServer, "100.64.0.0/16").Single().Message);
    }

    [TestMethod]
    public void AlibabaAndHuawei_ForbidDifferentClientRanges()
    {
        Assert.HasCount(1, Check(ApiKind.CreateSslVpnServer, "100.64.0.0/16"));
        Assert.IsEmpty(Check(ApiKind.HuaweiCreateVpnServer, "100.64.0.0/16"), "Huawei does not forbid 100.64.0.0/10.");
        Assert.IsEmpty(Check(ApiKind.CreateSslVpnServer, "0.1.0.0/16"), "Alibaba does not forbid 0.0.0.0/8.");
        Assert.HasCount(1, Check(ApiKind.HuaweiCreateVpnServer, "0.1.0.0/16"));
        Assert.IsEmpty(Check(ApiKind.CreateSslVpnServer, "240.0.0.0/16"), "Alibaba does not forbid 240.0.0.0/4 below 255.0.0.0.");
        Assert.HasCount(1, Check(ApiKind.HuaweiCreateVpnServer, "240.0.0.0/16"));
    }

    [TestMethod]
    public void IpsecServer_HasNoReservedClientRanges()
    {
        Assert.IsEmpty(Lint.Check(ApiKind.CreateIpsecServer, JsonEdit.Set(ValidRequests.IpsecServer, "ClientIpPool", "\"100.64.0.0/24\""), RuleIds.ClientPoolReservedRange));
    }
}
