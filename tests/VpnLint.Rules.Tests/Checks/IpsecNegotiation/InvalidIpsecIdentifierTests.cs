using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Rules.Tests.Checks.IpsecNegotiation;

[TestClass]
public sealed class InvalidIpsecIdentifierTests
{
    private static IReadOnlyList<Finding> Check(string key, string value) => Lint.Check(
        ApiKind.CreateIpsecServer,
        JsonEdit.Set(ValidRequests.IpsecServer, "IkeConfig", JsonEdit.Quoted($$"""{"IkeVersion":"ikev2","IkeAuthAlg":"sha256","IkePfs":"group14","IkeEncAlg":"aes",{{JsonEdit.Quoted(key)}}:{{JsonEdit.Quoted(value)}}}""")),
        RuleIds.InvalidIpsecIdentifier);

    [TestMethod]
    [DataRow("vpn.example.com")]
    [DataRow("vpn.example.com.")]
    [DataRow("a-1.b")]
    [DataRow("47.98.1.2")]
    [DataRow("2001:db8::1")]
    [DataRow("")]
    public void FqdnOrIpAddress_IsAccepted(string identifier)
    {
        Assert.IsEmpty(Check("LocalId", identifier));
        Assert.IsEmpty(Check("RemoteId", identifier));
    }

    [TestMethod]
    [DataRow("vpn")]
    [DataRow("vpn server.example.com")]
    [DataRow("-vpn.example.com")]
    [DataRow("vpn-.example.com")]
    [DataRow("vpn..example.com")]
    [DataRow("1.2.3")]
    [DataRow("47.98.1.256")]
    [DataRow("vpn_1.example.com")]
    public void AnythingElse_IsRejected(string identifier)
    {
        var finding = Check("RemoteId", identifier).Single();

        Assert.AreEqual($"IkeConfig.RemoteId \"{identifier}\" is neither an FQDN nor an IP address: use a name such as vpn.example.com or an address such as 192.0.2.10", finding.Message);
    }

    [TestMethod]
    public void LabelOf63_IsAllowed_64IsNot()
    {
        Assert.IsEmpty(Check("LocalId", new string('a', 63) + ".example.com"));
        Assert.HasCount(1, Check("LocalId", new string('a', 64) + ".example.com"));
    }
}
