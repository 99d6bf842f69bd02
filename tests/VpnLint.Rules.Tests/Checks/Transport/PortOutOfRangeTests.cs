using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Rules.Tests.Checks.Transport;

[TestClass]
public sealed class PortOutOfRangeTests
{
    private static IReadOnlyList<Finding> Check(ApiKind api, string port) => Lint.Check(
        api, JsonEdit.Set(api == ApiKind.CreateSslVpnServer ? ValidRequests.SslServer : ValidRequests.ModifySslServer, "Port", port), RuleIds.PortOutOfRange);

    [TestMethod]
    [DataRow(ApiKind.CreateSslVpnServer, "0")]
    [DataRow(ApiKind.CreateSslVpnServer, "65536")]
    [DataRow(ApiKind.CreateSslVpnServer, "-1")]
    [DataRow(ApiKind.ModifySslVpnServer, "0")]
    [DataRow(ApiKind.ModifySslVpnServer, "65536")]
    public void PortOutside1To65535_IsRejected_AndFixedToTheDefault(ApiKind api, string port)
    {
        var finding = Check(api, port).Single();

        Assert.AreEqual($"Port {port} is outside 1 to 65535: use 1194, the default", finding.Message);
        Assert.AreEqual("1194", finding.Replacement);
        Assert.AreEqual("SslVpnServerPort.Illegal", finding.ErrorCode);
    }

    [TestMethod]
    [DataRow(ApiKind.CreateSslVpnServer, "1")]
    [DataRow(ApiKind.CreateSslVpnServer, "65535")]
    [DataRow(ApiKind.ModifySslVpnServer, "1")]
    [DataRow(ApiKind.ModifySslVpnServer, "65535")]
    public void Port1And65535_AreAllowed(ApiKind api, string port)
    {
        Assert.IsEmpty(Check(api, port));
    }

    [TestMethod]
    public void PortGivenAsText_IsJudgedAsTheNumberTheApiReads()
    {
        Assert.HasCount(1, Check(ApiKind.CreateSslVpnServer, "\"70000\""));
        Assert.IsEmpty(Check(ApiKind.CreateSslVpnServer, "\"port\""), "Not a number: VPN004's, not this rule's.");
    }
}
