using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Model;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Rules.Tests.Checks.Addressing;

[TestClass]
public sealed class ClientPoolPrefixLengthTests
{
    private static IReadOnlyList<Finding> Check(ApiKind api, string block, CheckContext? context = null)
    {
        var valid = api switch
        {
            ApiKind.CreateSslVpnServer => ValidRequests.SslServer,
            ApiKind.ModifySslVpnServer => ValidRequests.ModifySslServer,
            _ => ValidRequests.IpsecServer,
        };
        return Lint.Check(api, JsonEdit.Set(valid, "ClientIpPool", JsonEdit.Quoted(block)), RuleIds.ClientPoolPrefixLength, context);
    }

    [TestMethod]
    [DataRow(ApiKind.CreateSslVpnServer)]
    [DataRow(ApiKind.ModifySslVpnServer)]
    [DataRow(ApiKind.CreateIpsecServer)]
    public void Prefix16_IsAllowed_15IsRejected(ApiKind api)
    {
        Assert.IsEmpty(Check(api, "172.16.0.0/16"));

        var finding = Check(api, "172.16.0.0/15").Single();

        Assert.AreEqual("ClientIpPool 172.16.0.0/15 has prefix length /15; a client CIDR block must be /16 to /29: use 172.16.0.0/16", finding.Message);
        Assert.AreEqual("172.16.0.0/16", finding.Replacement);
        Assert.AreEqual("ClientIpPool.NetmaskInvalid", finding.ErrorCode);
    }

    [TestMethod]
    [DataRow(ApiKind.CreateSslVpnServer)]
    [DataRow(ApiKind.ModifySslVpnServer)]
    [DataRow(ApiKind.CreateIpsecServer)]
    public void Prefix29_IsAllowed_30IsRejected(ApiKind api)
    {
        Assert.IsEmpty(Check(api, "192.168.100.0/29"));
        Assert.HasCount(1, Check(api, "192.168.100.0/30"));
    }

    [TestMethod]
    public void TooSmallSslPool_IsWidenedToWhatTheConnectionLimitNeeds()
    {
        Assert.AreEqual("192.168.100.0/27", Check(ApiKind.CreateSslVpnServer, "192.168.100.0/30").Single().Replacement, "An unknown limit is held to 5 clients: /27.");

        var fifty = new CheckContext(sslConnections: new ConnectionLimit(50, "--ssl-connections"));
        Assert.AreEqual("192.168.100.0/24", Check(ApiKind.CreateSslVpnServer, "192.168.100.0/30", fifty).Single().Replacement);
    }

    [TestMethod]
    public void TooSmallIpsecPool_IsWidenedTo29_AsIpsecHasNoSizingRule()
    {
        Assert.AreEqual("10.0.0.0/29", Check(ApiKind.CreateIpsecServer, "10.0.0.4/30").Single().Replacement);
    }

    [TestMethod]
    public void HuaweiClientCidr_HasNoPrefixRule()
    {
        Assert.IsEmpty(Lint.Check(ApiKind.HuaweiCreateVpnServer, JsonEdit.Set(ValidRequests.HuaweiServer, "vpn_server.client_cidr", "\"10.0.0.0/12\""), RuleIds.ClientPoolPrefixLength));
    }
}
