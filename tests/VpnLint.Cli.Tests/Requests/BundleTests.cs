using VpnLint.Cli.Tests.Support;

namespace VpnLint.Cli.Tests.Requests;

[TestClass]
public sealed class BundleTests
{
    private const string Gateway = "Action: CreateVpnGateway\nRegionId: cn-hangzhou\nVpcId: vpc-1\nBandwidth: 10\nEnableSsl: true\nSslConnections: 100\n";

    [TestMethod]
    public void RequestsList_SizesTheServerFromItsGateway()
    {
        using var folder = new TempFolder();
        folder.Write("bundle.yaml", "requests:\n  - " + Indent(Gateway) + "  - " + Indent(SampleRequests.SslServerYaml));

        var result = folder.Run("check", "bundle.yaml");

        Assert.Contains("error VPN200: ClientIpPool 192.168.0.0/24 has 256 addresses; the gateway's SslConnections 100 needs at least 400", result.Output);
    }

    [TestMethod]
    public void YamlStream_IsOneBundleWithItsContextDocument()
    {
        using var folder = new TempFolder();
        folder.Write("stream.yaml", "context:\n  vpcCidrs: [192.168.0.0/16]\n---\n" + Gateway + "---\n" + SampleRequests.SslServerYaml);

        var result = folder.Run("check", "stream.yaml");

        Assert.Contains("error VPN107", result.Output);
        Assert.Contains("error VPN200", result.Output);
    }

    [TestMethod]
    public void SeveralGateways_ServersNameTheirGatewayByLabel()
    {
        using var folder = new TempFolder();
        var small = Gateway.Replace("SslConnections: 100", "SslConnections: 5", StringComparison.Ordinal);
        var server = SampleRequests.SslServerYaml.Replace("vpn-bp1hgim8by0kc9nga0001", "big", StringComparison.Ordinal);
        folder.Write("bundle.yaml", "x-vpnlint-id: big\n" + Gateway + "---\nx-vpnlint-id: small\n" + small + "---\n" + server);

        var result = folder.Run("check", "bundle.yaml");

        Assert.Contains("SslConnections 100 needs at least 400", result.Output);
        Assert.DoesNotContain("VPN005", result.Output);
    }

    [TestMethod]
    public void TwoServersOnOneGateway_AreReported()
    {
        using var folder = new TempFolder();
        folder.Write("bundle.yaml", Gateway + "---\n" + SampleRequests.SslServerYaml.Replace("/24", "/21", StringComparison.Ordinal) + "---\n" + SampleRequests.SslServerYaml.Replace("192.168.0.0/24", "172.16.0.0/21", StringComparison.Ordinal));

        var result = folder.Run("check", "bundle.yaml");

        Assert.Contains("error VPN701", result.Output);
    }

    [TestMethod]
    public void BadBundleContext_IsALocatedErrorAndTheRequestsAreStillChecked()
    {
        using var folder = new TempFolder();
        folder.Write("bundle.yaml", "context:\n  vpcCidrs: [10.0.0/8]\n  sslConnection: 5\nrequests:\n  - " + Indent(SampleRequests.SslServerYaml.Replace("1194", "22", StringComparison.Ordinal)));

        var result = folder.Run("check", "bundle.yaml");

        Assert.AreEqual(2, result.ExitCode, result.ToString());
        Assert.Contains("bundle.yaml(2,14): vpcCidrs: 10.0.0/8 is not an IPv4 CIDR block", result.Error);
        Assert.Contains("bundle.yaml(3,3): context has no setting sslConnection", result.Error);
        Assert.Contains("error VPN301", result.Output);
    }

    [TestMethod]
    public void BundleStructureMistakes_AreLocatedVpn002Findings_AndTheRequestsAreStillChecked()
    {
        using var folder = new TempFolder();
        folder.Write("typo.yaml", "contxt:\n  sslConnections: 5\nrequests:\n  - " + Indent(SampleRequests.SslServerYaml.Replace("1194", "22", StringComparison.Ordinal)));
        folder.Write("mapping.yaml", "requests: {a: 1}\n");
        folder.Write("empty.json", "{\"requests\": []}");

        var result = folder.Run("check", ".");

        Assert.AreEqual(1, result.ExitCode, result.ToString());
        Assert.AreEqual(string.Empty, result.Error);
        Assert.Contains("typo.yaml(1,1): error VPN002: The request's API cannot be determined: a bundle has no key contxt (did you mean context?); it takes requests: and context:", result.Output);
        Assert.Contains("typo.yaml(9,11): error VPN301", result.Output);
        Assert.Contains("mapping.yaml(1,11): error VPN002: The request's API cannot be determined: requests: must be a list of requests", result.Output);
        Assert.Contains("empty.json(1,14): error VPN002: The request's API cannot be determined: requests: lists no request", result.Output);
    }

    private static string Indent(string yaml) => yaml.TrimEnd('\n').Replace("\n", "\n    ", StringComparison.Ordinal) + "\n";
}
