using VpnLint.Rules.Apis;
using VpnLint.Rules.Model;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Rules.Tests.Model;

/// <summary>Which gateway of a bundle a server is on.</summary>
[TestClass]
public sealed class RequestBundleTests
{
    [TestMethod]
    [DataRow(null, "\"vpn-1\"", true, DisplayName = "A lone unlabelled gateway takes every server")]
    [DataRow("east", "\"vpn-1\"", false, DisplayName = "A lone labelled gateway takes only the servers naming it")]
    [DataRow("east", "\"east\"", true, DisplayName = "A server naming the label is on it")]
    public void GatewayOf_FollowsTheLabel(string? label, string gatewayId, bool onIt)
    {
        var gateway = Request(ApiKind.CreateVpnGateway, ValidRequests.Gateway, label);
        var server = Request(ApiKind.CreateSslVpnServer, JsonEdit.Set(ValidRequests.SslServer, "VpnGatewayId", gatewayId), null);

        Assert.AreEqual(onIt ? gateway : null, RequestBundle.GatewayOf(server, [gateway, server]));
        Assert.IsNull(RequestBundle.GatewayOf(gateway, [gateway, server]), "A gateway is on no gateway.");
    }

    private static Request Request(ApiKind api, string json, string? label)
    {
        var parsed = Lint.Parse(api, json);
        return new Request(api, parsed.Root, label);
    }
}
