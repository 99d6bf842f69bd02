using VpnLint.Rules.Addressing;

namespace VpnLint.Rules.Tests.Addressing;

[TestClass]
public sealed class Ipv4AddressTests
{
    [TestMethod]
    [DataRow("0.0.0.0", 0u)]
    [DataRow("47.98.1.2", 0x2F620102u)]
    [DataRow("255.255.255.255", 0xFFFFFFFFu)]
    public void StrictDottedDecimal_Parses(string text, uint address)
    {
        Assert.IsTrue(Ipv4Address.TryParse(text, out var parsed));
        Assert.AreEqual(address, parsed);
        Assert.AreEqual(text, Ipv4Address.Format(parsed));
    }

    [TestMethod]
    [DataRow("1")]
    [DataRow("1.2.3")]
    [DataRow("1.2.3.4.5")]
    [DataRow("01.2.3.4")]
    [DataRow("1.2.3.256")]
    [DataRow("1.2.3.4 ")]
    [DataRow("0x1.2.3.4")]
    [DataRow("")]
    public void LooseForms_AreRejected(string text)
    {
        Assert.IsFalse(Ipv4Address.TryParse(text, out _));
    }
}
