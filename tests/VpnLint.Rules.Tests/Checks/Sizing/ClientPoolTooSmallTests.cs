using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Model;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Rules.Tests.Checks.Sizing;

[TestClass]
public sealed class ClientPoolTooSmallTests
{
    private static CheckContext SslConnections(int value) => new(sslConnections: new ConnectionLimit(value, "--ssl-connections"));

    private static CheckContext MaxConnections(int value) => new(maxConnections: new ConnectionLimit(value, "vpnlint.yaml"));

    private static IReadOnlyList<Finding> Alibaba(string block, CheckContext? context) =>
        Lint.Check(ApiKind.CreateSslVpnServer, JsonEdit.Set(ValidRequests.SslServer, ("ClientIpPool", JsonEdit.Quoted(block)), ("LocalSubnet", "\"10.0.0.0/8\"")), RuleIds.ClientPoolTooSmall, context);

    private static IReadOnlyList<Finding> Huawei(string block, CheckContext? context) =>
        Lint.Check(ApiKind.HuaweiCreateVpnServer, JsonEdit.Set(ValidRequests.HuaweiServer, "vpn_server.client_cidr", JsonEdit.Quoted(block)), RuleIds.ClientPoolTooSmall, context);

    [TestMethod]
    [DataRow(5, 27)]
    [DataRow(10, 26)]
    [DataRow(20, 25)]
    [DataRow(50, 24)]
    [DataRow(100, 23)]
    [DataRow(200, 22)]
    [DataRow(500, 21)]
    [DataRow(1000, 20)]
    public void AlibabaPageTable_LargestPrefixFits_NextOneDoesNot(int connections, int prefix)
    {
        Assert.IsEmpty(Alibaba($"192.168.0.0/{prefix}", SslConnections(connections)));

        var finding = Alibaba($"192.168.0.0/{prefix + 1}", SslConnections(connections)).Single();

        Assert.EndsWith($"use a /{prefix} or larger", finding.Message);
        Assert.AreEqual($"192.168.0.0/{prefix}", finding.Replacement);
        Assert.AreEqual(Severity.Error, finding.Severity);
    }

    [TestMethod]
    public void TheIssuesExample_ReadsAsWritten()
    {
        var finding = Lint.CheckBundle(
            null,
            (ApiKind.CreateVpnGateway, ValidRequests.Gateway, null),
            (ApiKind.CreateSslVpnServer, JsonEdit.Set(ValidRequests.SslServer, "ClientIpPool", "\"192.168.100.0/25\""), null))
            .Single(finding => finding.RuleId == RuleIds.ClientPoolTooSmall);

        Assert.AreEqual(
            "ClientIpPool 192.168.100.0/25 has 128 addresses; the gateway's SslConnections 50 needs at least 200 (4 × 50): use a /24 or larger",
            finding.Message);
        Assert.AreEqual("192.168.100.0/24", finding.Replacement);
    }

    [TestMethod]
    public void AlibabaAtLeast_HuaweiMoreThanAvailable_DifferAtTheBoundary()
    {
        Assert.IsEmpty(Alibaba("10.0.0.0/25", SslConnections(32)), "128 addresses are at least 4 × 32.");

        var huawei = Huawei("10.0.0.0/25", MaxConnections(32)).Single();

        Assert.AreEqual(
            "client_cidr 10.0.0.0/25 has 126 available addresses (128 less the network and broadcast addresses); the gateway's maximum connections 32 (from vpnlint.yaml) needs more than 128 available (4 × 32): use a /24 or larger",
            huawei.Message);
        Assert.IsEmpty(Huawei("10.0.0.0/24", MaxConnections(32)));
        Assert.IsEmpty(Huawei("10.0.0.0/25", MaxConnections(31)), "126 available addresses are more than 4 × 31.");
    }

    [TestMethod]
    public void UnknownAlibabaLimit_IsHeldToTheSmallest_AsAWarning()
    {
        Assert.IsEmpty(Alibaba("192.168.0.0/27", null));

        var finding = Alibaba("192.168.0.0/28", null).Single();

        Assert.AreEqual(Severity.Warning, finding.Severity);
        Assert.AreEqual("ClientIpPool 192.168.0.0/28 has 16 addresses; even the smallest SslConnections, 5 (the gateway's is unknown) needs at least 20 (4 × 5): use a /27 or larger", finding.Message);
    }

    [TestMethod]
    public void UnknownHuaweiLimit_IsNotChecked()
    {
        Assert.IsEmpty(Huawei("10.0.0.0/30", null));
    }

    [TestMethod]
    public void ContextLimit_IsUsedWithoutAGateway_AndNamed()
    {
        Assert.Contains("SslConnections 100 (from --ssl-connections) needs at least 400", Alibaba("192.168.0.0/24", SslConnections(100)).Single().Message);
    }

    [TestMethod]
    public void GatewayInTheBundle_WinsOverTheContext()
    {
        var findings = Lint.CheckBundle(
            SslConnections(1000),
            (ApiKind.CreateVpnGateway, JsonEdit.Set(ValidRequests.Gateway, "SslConnections", "10"), null),
            (ApiKind.CreateSslVpnServer, JsonEdit.Set(ValidRequests.SslServer, "ClientIpPool", "\"192.168.0.0/26\""), null));

        Assert.IsEmpty(Lint.Of(findings, RuleIds.ClientPoolTooSmall));
    }

    [TestMethod]
    public void GatewayWithoutSslConnections_HasTheDefault5()
    {
        var findings = Lint.CheckBundle(
            null,
            (ApiKind.CreateVpnGateway, JsonEdit.Remove(ValidRequests.Gateway, "SslConnections"), null),
            (ApiKind.CreateSslVpnServer, JsonEdit.Set(ValidRequests.SslServer, "ClientIpPool", "\"192.168.0.0/28\""), null));

        var finding = Lint.Of(findings, RuleIds.ClientPoolTooSmall).Single();
        Assert.Contains("the gateway's SslConnections 5 (its default)", finding.Message);
        Assert.AreEqual(Severity.Error, finding.Severity);
    }

    [TestMethod]
    public void ModifyInABundleWithOneGateway_IsSizedByThatGateway()
    {
        var findings = Lint.CheckBundle(
            null,
            (ApiKind.CreateVpnGateway, JsonEdit.Set(ValidRequests.Gateway, "SslConnections", "200"), null),
            (ApiKind.ModifySslVpnServer, JsonEdit.Set(ValidRequests.ModifySslServer, "ClientIpPool", "\"10.30.0.0/23\""), null));

        Assert.EndsWith("use a /22 or larger", Lint.Of(findings, RuleIds.ClientPoolTooSmall).Single().Message);
    }

    [TestMethod]
    public void IpsecServer_IsNotSized()
    {
        Assert.IsEmpty(Lint.Check(ApiKind.CreateIpsecServer, JsonEdit.Set(ValidRequests.IpsecServer, "ClientIpPool", "\"10.0.0.0/29\""), RuleIds.ClientPoolTooSmall));
    }
}
