using VpnLint.Rules.Addressing;

namespace VpnLint.Rules.Tests.Addressing;

[TestClass]
public sealed class CidrListTests
{
    [TestMethod]
    public void Split_GivesEachItemWithItsOffset()
    {
        var items = CidrList.Split("192.168.1.0/24,192.168.2.0/24");

        Assert.HasCount(2, items);
        Assert.AreEqual(0, items[0].Start);
        Assert.AreEqual("192.168.1.0/24", items[0].Text);
        Assert.AreEqual(15, items[1].Start);
        Assert.AreEqual(1, items[1].Index);
        Assert.IsTrue(items[1].Parse.IsValid);
    }

    [TestMethod]
    public void Split_KeepsEmptyItemsAndSpaces_ForTheParserToReport()
    {
        var items = CidrList.Split("10.0.0.0/8,, 172.16.0.0/12,");

        Assert.HasCount(4, items);
        Assert.AreEqual(CidrParseError.Empty, items[1].Parse.Error);
        Assert.AreEqual(CidrParseError.StraySpace, items[2].Parse.Error);
        Assert.AreEqual(12, items[2].Start);
        Assert.AreEqual(CidrParseError.Empty, items[3].Parse.Error);
    }

    [TestMethod]
    public void Split_OfOneBlock_IsOneItem()
    {
        var items = CidrList.Split("10.0.0.0/8");

        Assert.HasCount(1, items);
        Assert.AreEqual("10.0.0.0/8", items[0].Text);
    }
}
