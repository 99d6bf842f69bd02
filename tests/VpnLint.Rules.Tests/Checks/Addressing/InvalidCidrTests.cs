using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Rules.Tests.Checks.Addressing;

[TestClass]
public sealed class InvalidCidrTests
{
    [TestMethod]
    [DataRow("10.0.0.0/33", "the prefix length /33 is above 32")]
    [DataRow("10.0.0.256/24", "256 is above 255")]
    [DataRow("10.0.0/24", "its address has 3 parts; an IPv4 address has 4, such as 10.0.0.0/8")]
    [DataRow("10.0.0.0", "it has no prefix length; write it with one, such as 10.0.0.0/24")]
    [DataRow("10.1", "it has no prefix length, and its address is not four numbers from 0 to 255; write a block such as 10.1.0.0/16")]
    [DataRow("1.2.3", "it has no prefix length, and its address is not four numbers from 0 to 255; write a block such as 10.1.0.0/16")]
    [DataRow("10.0.0.256", "it has no prefix length, and its address is not four numbers from 0 to 255; write a block such as 10.1.0.0/16")]
    [DataRow("10.0.0.0 /24", "it holds a space; write 10.0.0.0/24")]
    [DataRow("fd00::/64", "it is IPv6; these APIs take IPv4 blocks only")]
    [DataRow("010.0.0.0/24", "010 has a leading zero, which some parsers read as octal; write 10")]
    [DataRow("10.0.0.0/024", "the prefix length 024 has a leading zero; write /24")]
    [DataRow("10.0.0.0/24,10.1.0.0/24", "ClientIpPool takes one block, not a list")]
    public void InvalidClientBlock_IsExplained(string block, string reason)
    {
        var finding = Lint.Check(ApiKind.CreateSslVpnServer, JsonEdit.Set(ValidRequests.SslServer, "ClientIpPool", JsonEdit.Quoted(block)), RuleIds.InvalidCidr).Single();

        Assert.AreEqual($"ClientIpPool \"{block}\" is not a valid IPv4 CIDR block: {reason}", finding.Message);
        Assert.AreEqual("IllegalParam.ClientIpPool", finding.ErrorCode);
    }

    [TestMethod]
    public void InvalidItemOfALocalList_IsPointedAtAlone()
    {
        var json = JsonEdit.Set(ValidRequests.IpsecServer, "LocalSubnet", "\"192.168.1.0/24,192.168.300.0/24,192.168.3.0/24\"");

        var finding = Lint.Check(ApiKind.CreateIpsecServer, json, RuleIds.InvalidCidr).Single();

        Assert.AreEqual("192.168.300.0/24", Lint.TextAt(json, finding));
        Assert.AreEqual("LocalSubnet[1]", finding.Path);
        Assert.AreEqual("IllegalParam.LocalSubnet", finding.ErrorCode);
    }

    [TestMethod]
    public void EmptyItemOfALocalList_IsReported()
    {
        var json = JsonEdit.Set(ValidRequests.SslServer, "LocalSubnet", "\"10.0.0.0/8,,172.16.0.0/12,\"");

        var findings = Lint.Check(ApiKind.CreateSslVpnServer, json, RuleIds.InvalidCidr);

        CollectionAssert.AreEqual(new[] { "LocalSubnet[1]", "LocalSubnet[3]" }, findings.Select(finding => finding.Path).ToList());
        Assert.EndsWith("the list has an empty item; remove the extra comma", findings[0].Message);
    }

    [TestMethod]
    [DataRow("10.0.0.0/8,,172.16.0.0/12", ",,")]
    [DataRow("10.0.0.0/8,", ",")]
    [DataRow(",10.0.0.0/8", ",")]
    [DataRow(",", ",")]
    [DataRow("10.0.0.0/8,,,172.16.0.0/12", ",,")]
    public void EmptyItemOfALocalList_IsShownByTheCommasAroundIt(string list, string shown)
    {
        var json = JsonEdit.Set(ValidRequests.SslServer, "LocalSubnet", JsonEdit.Quoted(list));

        var finding = Lint.Check(ApiKind.CreateSslVpnServer, json, RuleIds.InvalidCidr).First();

        Assert.AreEqual(shown, Lint.TextAt(json, finding));
    }

    [TestMethod]
    public void EmptyOptionalLocalSubnet_IsShownByItsQuotes()
    {
        var json = JsonEdit.Set(ValidRequests.ModifySslServer, "LocalSubnet", "\"\"");

        var finding = Lint.Check(ApiKind.ModifySslVpnServer, json, RuleIds.InvalidCidr).Single();

        Assert.AreEqual("\"\"", Lint.TextAt(json, finding));
    }

    [TestMethod]
    public void SpaceAfterAComma_ShowsInTheQuotedItem()
    {
        var json = JsonEdit.Set(ValidRequests.SslServer, "LocalSubnet", "\"10.0.0.0/8, 172.16.0.0/16\"");

        var finding = Lint.Check(ApiKind.CreateSslVpnServer, json, RuleIds.InvalidCidr).Single();

        Assert.AreEqual("LocalSubnet \" 172.16.0.0/16\" is not a valid IPv4 CIDR block: it holds a space; write 172.16.0.0/16", finding.Message);
    }

    [TestMethod]
    [DataRow("10.0.0.0\t/24", "it holds a tab; write 10.0.0.0/24")]
    [DataRow("10.0.0.0/24\n", "it holds a line break; write 10.0.0.0/24")]
    [DataRow("10.0.0.0/24\r\n", "it holds a carriage return and a line break; write 10.0.0.0/24")]
    [DataRow("\u00a010.0.0.0/24", "it holds a no-break space; write 10.0.0.0/24")]
    [DataRow("\u200310.0.0.0/24", "it holds the white space U+2003; write 10.0.0.0/24")]
    [DataRow(" 10.0.0.0 /24", "it holds a space; write 10.0.0.0/24")]
    [DataRow(" 10.0.0.0/33\t", "it holds a space and a tab, and without them the prefix length /33 is above 32")]
    public void WhiteSpaceOtherThanASpace_IsNamed(string block, string reason)
    {
        var finding = Lint.Check(ApiKind.CreateSslVpnServer, JsonEdit.Set(ValidRequests.SslServer, "ClientIpPool", JsonEdit.Quoted(block)), RuleIds.InvalidCidr).Single();

        Assert.EndsWith(": " + reason, finding.Message);
    }

    [TestMethod]
    public void SpaceAroundAnInvalidBlock_DoesNotSuggestTheInvalidBlock()
    {
        var json = JsonEdit.Set(ValidRequests.SslServer, "LocalSubnet", "\" 10.0.0.0/33\"");

        var finding = Lint.Check(ApiKind.CreateSslVpnServer, json, RuleIds.InvalidCidr).Single();

        Assert.EndsWith("it holds a space, and without it the prefix length /33 is above 32", finding.Message);
    }

    [TestMethod]
    public void EmptyOptionalValue_IsReported_AsLeavingItOutIsTheWayToKeepIt()
    {
        var findings = Lint.Check(ApiKind.ModifySslVpnServer, JsonEdit.Set(ValidRequests.ModifySslServer, ("LocalSubnet", "\"\""), ("ClientIpPool", "\" \"")), RuleIds.InvalidCidr);

        CollectionAssert.AreEqual(
            new[]
            {
                "ClientIpPool \" \" is not a valid IPv4 CIDR block: it is empty; leave ClientIpPool out to keep the server's current blocks",
                "LocalSubnet \"\" is not a valid IPv4 CIDR block: it is empty; leave LocalSubnet out to keep the server's current blocks",
            },
            findings.Select(finding => finding.Message).ToList());
    }

    [TestMethod]
    public void EmptyRequiredValue_IsLeftToTheRequiredRule()
    {
        Assert.IsEmpty(Lint.Check(ApiKind.CreateSslVpnServer, JsonEdit.Set(ValidRequests.SslServer, "LocalSubnet", "\"\""), RuleIds.InvalidCidr));
        Assert.IsEmpty(Lint.Check(ApiKind.CreateSslVpnServer, JsonEdit.Set(ValidRequests.SslServer, "ClientIpPool", "\"\""), RuleIds.InvalidCidr));
    }

    [TestMethod]
    public void HuaweiBlocks_AreEachChecked()
    {
        var json = JsonEdit.Set(ValidRequests.HuaweiServer, ("vpn_server.client_cidr", "\"172.16.0.0\""), ("vpn_server.local_subnets", """["10.16.0.0/24", "10.16.1.0/33"]"""));

        var findings = Lint.Check(ApiKind.HuaweiCreateVpnServer, json, RuleIds.InvalidCidr);

        CollectionAssert.AreEqual(new[] { "vpn_server.client_cidr", "vpn_server.local_subnets[1]" }, findings.Select(finding => finding.Path).ToList());
        Assert.IsNull(findings[0].ErrorCode, "Huawei's page names no error code.");
    }

    [TestMethod]
    public void ValidBlocks_AreNotReported()
    {
        var json = JsonEdit.Set(ValidRequests.IpsecServer, "LocalSubnet", "\"192.168.1.0/24,192.168.2.0/24\"");

        Assert.IsEmpty(Lint.Check(ApiKind.CreateIpsecServer, json, RuleIds.InvalidCidr));
    }
}
