using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Rules.Tests.Checks.Bundle;

[TestClass]
public sealed class ServerOnGatewayWithoutSslTests
{
    private static readonly string IpsecGateway = JsonEdit.Remove(JsonEdit.Set(ValidRequests.Gateway, "EnableSsl", "false"), "SslConnections");

    [TestMethod]
    [DataRow(ApiKind.CreateSslVpnServer, ValidRequests.SslServer)]
    [DataRow(ApiKind.CreateIpsecServer, ValidRequests.IpsecServer)]
    public void ServerOnTheBundlesGatewayWithSslOff_IsRejected(ApiKind api, string server)
    {
        var findings = Lint.CheckBundle(null, (ApiKind.CreateVpnGateway, IpsecGateway, null), (api, server, null));

        var finding = Lint.Of(findings, RuleIds.ServerOnGatewayWithoutSsl).Single();
        Assert.AreEqual($"{api} needs SSL-VPN on its gateway, but the gateway at line 1 has EnableSsl false: set EnableSsl to true on the gateway", finding.Message);
        Assert.AreEqual("VpnGateway.SslVpnDisabled", finding.ErrorCode);
        Assert.AreEqual(api, finding.Request!.Api);
    }

    [TestMethod]
    public void GatewayWithSslLeftOut_IsOffByDefault()
    {
        var findings = Lint.CheckBundle(null, (ApiKind.CreateVpnGateway, JsonEdit.Remove(IpsecGateway, "EnableSsl"), null), (ApiKind.CreateSslVpnServer, ValidRequests.SslServer, null));

        Assert.EndsWith("has EnableSsl not set (false by default): set EnableSsl to true on the gateway", Lint.Of(findings, RuleIds.ServerOnGatewayWithoutSsl).Single().Message);
    }

    [TestMethod]
    public void GatewayWithSslOfTheWrongType_IsLeftToVpn004_NotCalledUnset()
    {
        var wronglyTyped = Lint.CheckBundle(null, (ApiKind.CreateVpnGateway, JsonEdit.Set(IpsecGateway, "EnableSsl", "\"yes\""), null), (ApiKind.CreateSslVpnServer, ValidRequests.SslServer, null));
        var falseAsText = Lint.CheckBundle(null, (ApiKind.CreateVpnGateway, JsonEdit.Set(IpsecGateway, "EnableSsl", "\"false\""), null), (ApiKind.CreateSslVpnServer, ValidRequests.SslServer, null));

        Assert.IsEmpty(Lint.Of(wronglyTyped, RuleIds.ServerOnGatewayWithoutSsl));
        Assert.HasCount(1, Lint.Of(falseAsText, RuleIds.ServerOnGatewayWithoutSsl));
    }

    [TestMethod]
    public void WithoutTheGatewayInTheBundle_NothingIsKnown()
    {
        Assert.IsEmpty(Lint.Check(ApiKind.CreateSslVpnServer, ValidRequests.SslServer, RuleIds.ServerOnGatewayWithoutSsl));
    }

    [TestMethod]
    public void GatewayWithSslOn_IsFine()
    {
        Assert.IsEmpty(Lint.Of(Lint.CheckBundle(null, (ApiKind.CreateVpnGateway, ValidRequests.Gateway, null), (ApiKind.CreateIpsecServer, ValidRequests.IpsecServer, null)), RuleIds.ServerOnGatewayWithoutSsl));
    }

    [TestMethod]
    public void LoneGatewayWithALabel_TakesOnlyTheServersThatNameIt()
    {
        var naming = JsonEdit.Set(ValidRequests.SslServer, "VpnGatewayId", "\"gw-ipsec\"");

        Assert.HasCount(1, Lint.Of(Lint.CheckBundle(null, (ApiKind.CreateVpnGateway, IpsecGateway, "gw-ipsec"), (ApiKind.CreateSslVpnServer, naming, null)), RuleIds.ServerOnGatewayWithoutSsl));
        Assert.IsEmpty(Lint.Of(Lint.CheckBundle(null, (ApiKind.CreateVpnGateway, IpsecGateway, "gw-ipsec"), (ApiKind.CreateSslVpnServer, ValidRequests.SslServer, null)), RuleIds.ServerOnGatewayWithoutSsl));
    }

    [TestMethod]
    public void WithSeveralGateways_TheServerNamesItsGatewayByLabel()
    {
        var server = JsonEdit.Set(ValidRequests.SslServer, "VpnGatewayId", "\"gw-ipsec\"");

        var onIpsecOnly = Lint.CheckBundle(null, (ApiKind.CreateVpnGateway, ValidRequests.Gateway, "gw-ssl"), (ApiKind.CreateVpnGateway, IpsecGateway, "gw-ipsec"), (ApiKind.CreateSslVpnServer, server, null));
        var onNeither = Lint.CheckBundle(null, (ApiKind.CreateVpnGateway, ValidRequests.Gateway, "gw-ssl"), (ApiKind.CreateVpnGateway, IpsecGateway, "gw-other"), (ApiKind.CreateSslVpnServer, server, null));

        Assert.HasCount(1, Lint.Of(onIpsecOnly, RuleIds.ServerOnGatewayWithoutSsl));
        Assert.IsEmpty(Lint.Of(onNeither, RuleIds.ServerOnGatewayWithoutSsl));
    }
}
