using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Rules.Tests.Checks.Transport;

[TestClass]
public sealed class HuaweiPortNotAllowedTests
{
    private static IReadOnlyList<Finding> Check(string port) =>
        Lint.Check(ApiKind.HuaweiCreateVpnServer, JsonEdit.Set(ValidRequests.HuaweiServer, "vpn_server.ssl_options.port", port), RuleIds.HuaweiPortNotAllowed);

    [TestMethod]
    [DataRow("443")]
    [DataRow("1194")]
    public void Port443And1194_AreAllowed(string port) => Assert.IsEmpty(Check(port));

    [TestMethod]
    [DataRow("442")]
    [DataRow("444")]
    [DataRow("1193")]
    [DataRow("1195")]
    [DataRow("8443")]
    public void AnyOtherPort_IsRejected(string port)
    {
        var finding = Check(port).Single();

        Assert.AreEqual($"ssl_options.port {port} is not allowed: use 443, the default, or 1194", finding.Message);
        Assert.AreEqual("vpn_server.ssl_options.port", finding.Path);
    }

    [TestMethod]
    public void AlibabaPorts_AreNotHeldToHuaweisTwo()
    {
        Assert.IsEmpty(Lint.Check(ApiKind.CreateSslVpnServer, JsonEdit.Set(ValidRequests.SslServer, "Port", "8443"), RuleIds.HuaweiPortNotAllowed));
    }
}
