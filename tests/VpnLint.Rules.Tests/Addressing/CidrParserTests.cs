using VpnLint.Rules.Addressing;

namespace VpnLint.Rules.Tests.Addressing;

[TestClass]
public sealed class CidrParserTests
{
    [TestMethod]
    [DataRow("0.0.0.0/0", 0u, 0)]
    [DataRow("192.168.1.0/24", 0xC0A80100u, 24)]
    [DataRow("255.255.255.255/32", 0xFFFFFFFFu, 32)]
    [DataRow("10.0.0.0/8", 0x0A000000u, 8)]
    [DataRow("172.16.0.1/24", 0xAC100001u, 24)]
    public void ValidBlock_Parses(string text, uint address, int prefixLength)
    {
        var result = CidrParser.Parse(text);

        Assert.IsTrue(result.IsValid, result.Error.ToString());
        Assert.AreEqual(address, result.Cidr.Address);
        Assert.AreEqual(prefixLength, result.Cidr.PrefixLength);
    }

    [TestMethod]
    [DataRow("", CidrParseError.Empty, "")]
    [DataRow(" 10.0.0.0/8", CidrParseError.StraySpace, "")]
    [DataRow("10.0.0.0/8 ", CidrParseError.StraySpace, "")]
    [DataRow("10.0.0.0 /8", CidrParseError.StraySpace, "")]
    [DataRow("2001:db8::/32", CidrParseError.Ipv6, "")]
    [DataRow("10.0.0.0", CidrParseError.MissingPrefix, "")]
    [DataRow("10.0.0.0/", CidrParseError.InvalidPrefix, "")]
    [DataRow("10.0.0.0/x", CidrParseError.InvalidPrefix, "x")]
    [DataRow("10.0.0.0/08", CidrParseError.InvalidPrefix, "08")]
    [DataRow("10.0.0.0/8/9", CidrParseError.InvalidPrefix, "8/9")]
    [DataRow("10.0.0.0/33", CidrParseError.PrefixOutOfRange, "33")]
    [DataRow("10.0.0.0/1000", CidrParseError.PrefixOutOfRange, "1000")]
    [DataRow("10.0.0/8", CidrParseError.WrongOctetCount, "3")]
    [DataRow("10.0.0.0.0/8", CidrParseError.WrongOctetCount, "5")]
    [DataRow("10..0.0/8", CidrParseError.InvalidOctet, "")]
    [DataRow("10.a.0.0/8", CidrParseError.InvalidOctet, "a")]
    [DataRow("10.-1.0.0/8", CidrParseError.InvalidOctet, "-1")]
    [DataRow("256.0.0.0/8", CidrParseError.OctetOutOfRange, "256")]
    [DataRow("1000.0.0.0/8", CidrParseError.OctetOutOfRange, "1000")]
    [DataRow("010.0.0.0/8", CidrParseError.OctetLeadingZero, "010")]
    [DataRow("10.00.0.0/8", CidrParseError.OctetLeadingZero, "00")]
    public void InvalidBlock_ReportsWhy(string text, CidrParseError error, string detail)
    {
        var result = CidrParser.Parse(text);

        Assert.AreEqual(error, result.Error);
        Assert.AreEqual(detail, result.Detail);
    }

    [TestMethod]
    public void Octet255_IsAllowed_And256_IsNot()
    {
        Assert.IsTrue(CidrParser.Parse("10.255.0.0/16").IsValid);
        Assert.AreEqual(CidrParseError.OctetOutOfRange, CidrParser.Parse("10.256.0.0/16").Error);
    }

    [TestMethod]
    public void Prefix32_IsAllowed_And33_IsNot()
    {
        Assert.IsTrue(CidrParser.Parse("10.0.0.1/32").IsValid);
        Assert.AreEqual(CidrParseError.PrefixOutOfRange, CidrParser.Parse("10.0.0.1/33").Error);
    }

    [TestMethod]
    public void ParseOfASlice_ReadsOnlyThatSlice()
    {
        var result = CidrParser.Parse("x10.1.0.0/16y", 1, 11);

        Assert.AreEqual(Ipv4Cidr.Parse("10.1.0.0/16"), result.Cidr);
    }
}
