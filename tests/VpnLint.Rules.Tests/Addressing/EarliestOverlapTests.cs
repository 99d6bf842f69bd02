using VpnLint.Rules.Addressing;

namespace VpnLint.Rules.Tests.Addressing;

[TestClass]
public sealed class EarliestOverlapTests
{
    // The hand-made lists are short, so each is checked by the sweep that long lists take as well.
    private static int[] Find(params string?[] blocks)
    {
        var parsed = blocks.Select(block => block is null ? (Ipv4Cidr?)null : Ipv4Cidr.Parse(block)).ToList();
        var found = EarliestOverlap.Find(parsed);
        CollectionAssert.AreEqual(found, EarliestOverlap.BySweep(parsed), "The sweep and the pairwise comparison agree.");
        return found;
    }

    [TestMethod]
    public void DisjointBlocks_OverlapNothing() =>
        CollectionAssert.AreEqual(new[] { -1, -1, -1 }, Find("10.1.0.0/16", "10.0.0.0/16", "10.2.0.0/16"));

    [TestMethod]
    public void ARepeat_NamesTheFirst_AndTheFirstNamesNothing() =>
        CollectionAssert.AreEqual(new[] { -1, -1, 0, 0 }, Find("10.0.0.0/16", "10.9.0.0/16", "10.0.0.0/16", "10.0.0.1/16"));

    [TestMethod]
    public void AWiderBlockLater_NamesTheEarliestBlockItContains() =>
        CollectionAssert.AreEqual(new[] { -1, -1, -1, 1 }, Find("11.0.0.0/8", "10.2.0.0/16", "10.1.0.0/16", "10.0.0.0/8"));

    [TestMethod]
    public void ANarrowerBlockLater_NamesTheEarliestBlockContainingIt() =>
        CollectionAssert.AreEqual(new[] { -1, -1, 1, 1 }, Find("11.0.0.0/8", "10.1.0.0/16", "10.0.0.0/8", "10.1.2.0/24"));

    [TestMethod]
    public void AnAncestorOrADescendant_WhicheverIsEarlier()
    {
        // 10.1.0.0/16 (index 2) lies within 10.0.0.0/8 (index 1) and contains 10.1.2.0/24 (index 0).
        CollectionAssert.AreEqual(new[] { -1, 0, 0 }, Find("10.1.2.0/24", "10.0.0.0/8", "10.1.0.0/16"));
        CollectionAssert.AreEqual(new[] { -1, 0, 0 }, Find("10.0.0.0/8", "10.1.2.0/24", "10.1.0.0/16"));
    }

    [TestMethod]
    public void BlocksThatDoNotParse_OverlapNothing() =>
        CollectionAssert.AreEqual(new[] { -1, -1, 0 }, Find("10.0.0.0/16", null, "10.0.0.0/16"));

    [TestMethod]
    public void TheWholeAddressSpace_AndTheLastAddress() =>
        CollectionAssert.AreEqual(new[] { -1, 0, 1 }, Find("255.255.255.255/32", "0.0.0.0/0", "0.0.0.0/1"));

    [TestMethod]
    public void RandomLists_AgreeWithComparingEveryPair()
    {
        var random = new Random(109);
        for (var round = 0; round < 200; round++)
        {
            var blocks = Enumerable.Range(0, random.Next(1, 3 * EarliestOverlap.PairwiseLimit))
                .Select(_ => random.Next(10) == 0 ? (Ipv4Cidr?)null : new Ipv4Cidr(0x0A000000u | (uint)random.Next(0, 1 << 12) << 12, random.Next(8, 25)))
                .ToList();

            var expected = ByEveryPair(blocks);
            CollectionAssert.AreEqual(expected, EarliestOverlap.BySweep(blocks), $"round {round}, by the sweep");
            CollectionAssert.AreEqual(expected, EarliestOverlap.ByEveryPair(blocks), $"round {round}, pair by pair");
            CollectionAssert.AreEqual(expected, EarliestOverlap.Find(blocks), $"round {round}");
        }
    }

    private static int[] ByEveryPair(IReadOnlyList<Ipv4Cidr?> blocks) =>
        Enumerable.Range(0, blocks.Count)
            .Select(later => blocks[later] is { } block
                ? Enumerable.Range(0, later).FirstOrDefault(earlier => blocks[earlier] is { } other && other.Overlaps(block), -1)
                : -1)
            .ToArray();
}
