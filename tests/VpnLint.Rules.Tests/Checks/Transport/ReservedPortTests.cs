using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Rules.Tests.Checks.Transport;

[TestClass]
public sealed class ReservedPortTests
{
    private static IReadOnlyList<Finding> Check(ApiKind api, int port) => Lint.Check(
        api, JsonEdit.Set(api == ApiKind.CreateSslVpnServer ? ValidRequests.SslServer : ValidRequests.ModifySslServer, "Port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)), RuleIds.ReservedPort);

    [TestMethod]
    [DataRow(22)]
    [DataRow(2222)]
    [DataRow(22222)]
    [DataRow(9000)]
    [DataRow(9001)]
    [DataRow(9002)]
    [DataRow(7505)]
    [DataRow(80)]
    [DataRow(443)]
    [DataRow(53)]
    [DataRow(68)]
    [DataRow(123)]
    [DataRow(4510)]
    [DataRow(4560)]
    [DataRow(500)]
    [DataRow(4500)]
    public void EachReservedPort_IsRejected_OnCreateAndModify(int port)
    {
        var finding = Check(ApiKind.CreateSslVpnServer, port).Single();

        Assert.StartsWith($"Port {port} is reserved by the service: use 1194, the default", finding.Message);
        Assert.AreEqual("1194", finding.Replacement);
        Assert.HasCount(1, Check(ApiKind.ModifySslVpnServer, port));
    }

    [TestMethod]
    [DataRow(21)]
    [DataRow(23)]
    [DataRow(442)]
    [DataRow(444)]
    [DataRow(1194)]
    [DataRow(8443)]
    [DataRow(9003)]
    public void NeighboursOfReservedPorts_AreAllowed(int port)
    {
        Assert.IsEmpty(Check(ApiKind.CreateSslVpnServer, port));
    }

    [TestMethod]
    public void TheListIsThePagesSixteen()
    {
        Assert.HasCount(16, VpnLint.Rules.Checks.Transport.ReservedPort.Reserved);
    }
}
