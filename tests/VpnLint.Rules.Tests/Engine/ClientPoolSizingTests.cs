using VpnLint.Rules.Addressing;
using VpnLint.Rules.Apis;
using VpnLint.Rules.Engine;

namespace VpnLint.Rules.Tests.Engine;

[TestClass]
public sealed class ClientPoolSizingTests
{
    [TestMethod]
    public void HuaweiAvailableAddresses_LeaveOutNetworkAndBroadcast()
    {
        Assert.AreEqual(254, ClientPoolSizing.UsableAddresses(Cloud.Huawei, Ipv4Cidr.Parse("10.0.0.0/24")));
        Assert.AreEqual(256, ClientPoolSizing.UsableAddresses(Cloud.Alibaba, Ipv4Cidr.Parse("10.0.0.0/24")));
        Assert.AreEqual(0, ClientPoolSizing.UsableAddresses(Cloud.Huawei, Ipv4Cidr.Parse("10.0.0.0/32")));
    }

    [TestMethod]
    public void LargestPrefixThatFits_FollowsEachCloudsRule()
    {
        Assert.AreEqual(25, ClientPoolSizing.LargestPrefixThatFits(Cloud.Alibaba, 32));
        Assert.AreEqual(24, ClientPoolSizing.LargestPrefixThatFits(Cloud.Huawei, 32));
        Assert.AreEqual(30, ClientPoolSizing.LargestPrefixThatFits(Cloud.Alibaba, 1));
        Assert.AreEqual(29, ClientPoolSizing.LargestPrefixThatFits(Cloud.Huawei, 1));
        Assert.IsNull(ClientPoolSizing.LargestPrefixThatFits(Cloud.Alibaba, int.MaxValue));
    }
}
