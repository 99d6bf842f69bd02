using VpnLint.Rules.Addressing;

namespace VpnLint.Rules.Tests.Addressing;

[TestClass]
public sealed class Ipv4CidrTests
{
    [TestMethod]
    [DataRow("172.16.0.1/24", "172.16.0.0/24")]
    [DataRow("10.1.2.3/8", "10.0.0.0/8")]
    [DataRow("192.168.1.0/24", "192.168.1.0/24")]
    [DataRow("255.255.255.255/0", "0.0.0.0/0")]
    [DataRow("10.0.0.7/32", "10.0.0.7/32")]
    public void Canonical_ClearsHostBits(string text, string canonical)
    {
        Assert.AreEqual(canonical, Ipv4Cidr.Parse(text).Canonical.ToString());
    }

    [TestMethod]
    public void HasHostBits_OnlyWhenBitsBeyondThePrefixAreSet()
    {
        Assert.IsTrue(Ipv4Cidr.Parse("172.16.0.1/24").HasHostBits);
        Assert.IsFalse(Ipv4Cidr.Parse("172.16.0.0/24").HasHostBits);
        Assert.IsFalse(Ipv4Cidr.Parse("172.16.0.1/32").HasHostBits);
    }

    [TestMethod]
    [DataRow(0, 4294967296L)]
    [DataRow(8, 16777216L)]
    [DataRow(16, 65536L)]
    [DataRow(24, 256L)]
    [DataRow(29, 8L)]
    [DataRow(30, 4L)]
    [DataRow(32, 1L)]
    public void AddressCount_IsTwoToTheHostBits(int prefixLength, long count)
    {
        Assert.AreEqual(count, new Ipv4Cidr(0, prefixLength).AddressCount);
    }

    [TestMethod]
    [DataRow("100.0.0.0/9", "100.64.0.0/10", true)]
    [DataRow("100.64.0.0/10", "100.127.255.255/32", true)]
    [DataRow("100.128.0.0/16", "100.64.0.0/10", false)]
    [DataRow("100.63.255.255/32", "100.64.0.0/10", false)]
    [DataRow("0.0.0.0/0", "192.168.1.0/24", true)]
    [DataRow("10.0.0.0/24", "10.0.1.0/24", false)]
    [DataRow("10.0.0.1/24", "10.0.0.128/25", true)]
    public void Overlaps_IsSymmetric(string left, string right, bool overlaps)
    {
        Assert.AreEqual(overlaps, Ipv4Cidr.Parse(left).Overlaps(Ipv4Cidr.Parse(right)));
        Assert.AreEqual(overlaps, Ipv4Cidr.Parse(right).Overlaps(Ipv4Cidr.Parse(left)));
    }

    [TestMethod]
    public void Contains_IsContainmentOfTheWholeBlock()
    {
        var block = Ipv4Cidr.Parse("10.0.0.0/8");

        Assert.IsTrue(block.Contains(Ipv4Cidr.Parse("10.20.0.0/16")));
        Assert.IsTrue(block.Contains(block));
        Assert.IsFalse(block.Contains(Ipv4Cidr.Parse("10.0.0.0/7")));
        Assert.IsFalse(Ipv4Cidr.Parse("10.20.0.0/16").Contains(block));
        Assert.IsTrue(block.Contains(Ipv4Cidr.Parse("10.255.255.255/32")));
        Assert.IsFalse(block.Contains(Ipv4Cidr.Parse("11.0.0.0/32")));
    }

    [TestMethod]
    public void FirstAndLastAddress_BoundTheBlock()
    {
        var block = Ipv4Cidr.Parse("224.0.0.0/4");

        Assert.AreEqual("224.0.0.0", Ipv4Address.Format(block.FirstAddress));
        Assert.AreEqual("239.255.255.255", Ipv4Address.Format(block.LastAddress));
    }

    [TestMethod]
    public void WithPrefixLength_KeepsTheNetworkAndClearsHostBits()
    {
        Assert.AreEqual("192.168.100.0/24", Ipv4Cidr.Parse("192.168.100.0/30").WithPrefixLength(24).ToString());
        Assert.AreEqual("192.168.100.4/30", Ipv4Cidr.Parse("192.168.100.5/24").WithPrefixLength(30).ToString());
    }

    [TestMethod]
    public void Constructor_RejectsPrefixOutside0To32()
    {
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => new Ipv4Cidr(0, 33));
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => new Ipv4Cidr(0, -1));
    }

    [TestMethod]
    public void Parse_RejectsInvalidText_TryParseSaysFalse()
    {
        Assert.ThrowsExactly<FormatException>(() => Ipv4Cidr.Parse("10.0.0.0/33"));
        Assert.IsFalse(Ipv4Cidr.TryParse("10.0.0.0", out _));
        Assert.IsTrue(Ipv4Cidr.TryParse("10.0.0.0/8", out var cidr));
        Assert.AreEqual(8, cidr.PrefixLength);
    }

    [TestMethod]
    public void Equality_ComparesAddressAsWrittenAndPrefix()
    {
        Assert.AreEqual(Ipv4Cidr.Parse("10.0.0.0/8"), Ipv4Cidr.Parse("10.0.0.0/8"));
        Assert.AreNotEqual(Ipv4Cidr.Parse("10.0.0.1/8"), Ipv4Cidr.Parse("10.0.0.0/8"));
        Assert.IsTrue(Ipv4Cidr.Parse("10.0.0.1/8").Canonical == Ipv4Cidr.Parse("10.0.0.0/8"));
        Assert.AreEqual(Ipv4Cidr.Parse("10.0.0.0/8").GetHashCode(), Ipv4Cidr.Parse("10.0.0.0/8").GetHashCode());
    }
}
