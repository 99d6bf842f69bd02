using VpnLint.Rules.Addressing;

namespace VpnLint.Rules.Tests.Addressing;

/// <summary>The pages' forbidden ranges differ; these pin each list so that merging two would fail.</summary>
[TestClass]
public sealed class AddressRangesTests
{
    [TestMethod]
    public void AlibabaSslClient_IsThePagesFiveRanges()
    {
        CollectionAssert.AreEqual(
            new[] { "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "224.0.0.0/4", "255.0.0.0/8" },
            Blocks(AddressRanges.AlibabaSslClient));
    }

    [TestMethod]
    public void AlibabaModifyLocal_LeavesOutSharedAddressSpace_CreateDoesNot()
    {
        CollectionAssert.Contains(Blocks(AddressRanges.AlibabaCreateLocal), "100.64.0.0/10");
        CollectionAssert.DoesNotContain(Blocks(AddressRanges.AlibabaModifyLocal), "100.64.0.0/10");
        CollectionAssert.AreEqual(new[] { "127.0.0.0/8", "169.254.0.0/16", "224.0.0.0/4", "255.0.0.0/8" }, Blocks(AddressRanges.AlibabaModifyLocal));
    }

    [TestMethod]
    public void HuaweiClient_HasThisNetworkAndReserved_NotSharedAddressSpace()
    {
        CollectionAssert.AreEqual(
            new[] { "0.0.0.0/8", "127.0.0.0/8", "224.0.0.0/4", "240.0.0.0/4", "169.254.0.0/16" },
            Blocks(AddressRanges.HuaweiClient));
    }

    [TestMethod]
    public void HuaweiLocal_AllowsLinkLocal()
    {
        CollectionAssert.AreEqual(new[] { "0.0.0.0/8", "127.0.0.0/8", "224.0.0.0/4", "240.0.0.0/4" }, Blocks(AddressRanges.HuaweiLocal));
    }

    [TestMethod]
    public void FirstOverlap_CountsPartialOverlap_AnyContainsNeedsWholeContainment()
    {
        var partlyPrivate = Ipv4Cidr.Parse("172.0.0.0/8");

        Assert.AreEqual("100.64.0.0/10", AddressRanges.FirstOverlap(AddressRanges.AlibabaSslClient, Ipv4Cidr.Parse("100.0.0.0/9"))?.Block.ToString());
        Assert.IsNull(AddressRanges.FirstOverlap(AddressRanges.AlibabaSslClient, Ipv4Cidr.Parse("100.128.0.0/9")));
        Assert.IsNotNull(AddressRanges.FirstOverlap(AddressRanges.Private, partlyPrivate));
        Assert.IsFalse(AddressRanges.AnyContains(AddressRanges.Private, partlyPrivate));
        Assert.IsTrue(AddressRanges.AnyContains(AddressRanges.Private, Ipv4Cidr.Parse("172.20.0.0/16")));
    }

    private static string[] Blocks(IReadOnlyList<NamedRange> ranges) => ranges.Select(range => range.Block.ToString()).ToArray();
}
