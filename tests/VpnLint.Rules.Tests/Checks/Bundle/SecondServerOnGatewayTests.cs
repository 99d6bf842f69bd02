using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Rules.Tests.Checks.Bundle;

[TestClass]
public sealed class SecondServerOnGatewayTests
{
    [TestMethod]
    public void TwoSslServersOnTheBundlesGateway_TheSecondIsRejected()
    {
        var second = JsonEdit.Set(ValidRequests.SslServer, "ClientIpPool", "\"192.168.50.0/24\"");

        var findings = Lint.CheckBundle(null, (ApiKind.CreateVpnGateway, ValidRequests.Gateway, null), (ApiKind.CreateSslVpnServer, ValidRequests.SslServer, null), (ApiKind.CreateSslVpnServer, second, null));

        var finding = Lint.Of(findings, RuleIds.SecondServerOnGateway).Single();
        Assert.AreEqual("This is a second SSL server on its gateway (vpn-bp1hgim8by0kc9nga0001; the first is at line 1): a gateway holds one; modify the existing server instead", finding.Message);
        Assert.AreEqual("SslVpnServer.AlreadyExist", finding.ErrorCode);
    }

    [TestMethod]
    public void TwoSslServersWithoutAGatewayId_NameTheBundlesGateway()
    {
        var first = JsonEdit.Remove(ValidRequests.SslServer, "VpnGatewayId");
        var second = JsonEdit.Set(first, "ClientIpPool", "\"192.168.50.0/24\"");

        var findings = Lint.CheckBundle(null, (ApiKind.CreateVpnGateway, ValidRequests.Gateway, null), (ApiKind.CreateSslVpnServer, first, null), (ApiKind.CreateSslVpnServer, second, null));

        Assert.AreEqual("This is a second SSL server on its gateway (the bundle's gateway; the first is at line 1): a gateway holds one; modify the existing server instead", Lint.Of(findings, RuleIds.SecondServerOnGateway).Single().Message);
    }

    [TestMethod]
    public void TwoIpsecServersNamingOneGatewayId_WithoutAGatewayRequest_TheSecondIsRejected()
    {
        var findings = Lint.CheckBundle(null, (ApiKind.CreateIpsecServer, ValidRequests.IpsecServer, null), (ApiKind.CreateIpsecServer, ValidRequests.IpsecServer, null));

        Assert.AreEqual("OperationFailed.IPsecServerExist", Lint.Of(findings, RuleIds.SecondServerOnGateway).Single().ErrorCode);
    }

    [TestMethod]
    public void ServersNamingDifferentGatewayIds_AreNotOnOneGateway_EvenBesideALoneGateway()
    {
        var onA = JsonEdit.Set(ValidRequests.SslServer, "VpnGatewayId", "\"vpn-existing-a\"");
        var onB = JsonEdit.Set(ValidRequests.SslServer, ("VpnGatewayId", "\"vpn-existing-b\""), ("ClientIpPool", "\"192.168.50.0/24\""));

        var findings = Lint.CheckBundle(null, (ApiKind.CreateVpnGateway, ValidRequests.Gateway, null), (ApiKind.CreateSslVpnServer, onA, null), (ApiKind.CreateSslVpnServer, onB, null));

        Assert.IsEmpty(Lint.Of(findings, RuleIds.SecondServerOnGateway));
    }

    [TestMethod]
    public void OneSslAndOneIpsecServer_AreAllowed()
    {
        var findings = Lint.CheckBundle(null, (ApiKind.CreateVpnGateway, ValidRequests.Gateway, null), (ApiKind.CreateSslVpnServer, ValidRequests.SslServer, null), (ApiKind.CreateIpsecServer, ValidRequests.IpsecServer, null));

        Assert.IsEmpty(Lint.Of(findings, RuleIds.SecondServerOnGateway));
    }

    [TestMethod]
    public void ServersOnDifferentGateways_AreAllowed()
    {
        var other = JsonEdit.Set(ValidRequests.SslServer, ("VpnGatewayId", "\"vpn-other\""), ("ClientIpPool", "\"192.168.50.0/24\""));

        Assert.IsEmpty(Lint.Of(Lint.CheckBundle(null, (ApiKind.CreateSslVpnServer, ValidRequests.SslServer, null), (ApiKind.CreateSslVpnServer, other, null)), RuleIds.SecondServerOnGateway));
    }

    [TestMethod]
    public void ModificationsOfAServer_AreNotSecondServers()
    {
        Assert.IsEmpty(Lint.Of(Lint.CheckBundle(null, (ApiKind.CreateSslVpnServer, ValidRequests.SslServer, null), (ApiKind.ModifySslVpnServer, ValidRequests.ModifySslServer, null)), RuleIds.SecondServerOnGateway));
    }

    [TestMethod]
    public void ALoneRequest_HasNoSecondServer()
    {
        Assert.IsEmpty(Lint.Check(ApiKind.CreateSslVpnServer, ValidRequests.SslServer, RuleIds.SecondServerOnGateway));
    }
}
