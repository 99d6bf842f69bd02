using VpnLint.Cli.Tests.Support;

namespace VpnLint.Cli.Tests.Checking;

[TestClass]
public sealed class SuppressionTests
{
    [TestMethod]
    public void DisableLine_SilencesTheRuleOnItsLineOnly()
    {
        using var folder = new TempFolder();
        folder.Write("server.yaml", "Action: CreateSslVpnServer\nRegionId: cn-hangzhou\nVpnGatewayId: vpn-1\nClientIpPool: 8.8.0.0/24  # vpnlint-disable-line VPN108 -- routed via the VPC\nLocalSubnet: 10.0.0.0/8\nPort: 22 # vpnlint-disable-line VPN108\n");

        var result = folder.Run("check", "server.yaml");

        Assert.DoesNotContain("VPN108", result.Output);
        Assert.Contains("server.yaml(6,7): error VPN301", result.Output);
        Assert.Contains("1 finding suppressed", result.Output);
    }

    [TestMethod]
    public void DisableNextLine_SilencesTheLineAfter()
    {
        using var folder = new TempFolder();
        folder.Write("server.yaml", "Action: CreateSslVpnServer\nRegionId: cn-hangzhou\nVpnGatewayId: vpn-1\nClientIpPool: 192.168.0.0/24\nLocalSubnet: 10.0.0.0/8\n# vpnlint-disable-next-line VPN301, VPN108\nPort: 22\n");

        var result = folder.Run("check", "server.yaml");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.DoesNotContain("VPN301", result.Output);
    }

    [TestMethod]
    public void DisableFile_SilencesTheRuleEverywhereInTheFile()
    {
        using var folder = new TempFolder();
        folder.Write("servers.yaml", "# vpnlint-disable-file VPN301\nAction: CreateSslVpnServer\nRegionId: cn-hangzhou\nVpnGatewayId: vpn-1\nClientIpPool: 192.168.0.0/24\nLocalSubnet: 10.0.0.0/8\nPort: 22\n---\nAction: CreateSslVpnServer\nRegionId: cn-hangzhou\nVpnGatewayId: vpn-2\nClientIpPool: 192.168.1.0/24\nLocalSubnet: 10.0.0.0/8\nPort: 443\n");

        var result = folder.Run("check", "servers.yaml");

        Assert.DoesNotContain("VPN301", result.Output);
        Assert.Contains("2 findings suppressed", result.Output);
    }

    [TestMethod]
    public void XVpnlintDisable_SilencesRulesOnAJsonRequest()
    {
        using var folder = new TempFolder();
        folder.Write("server.json", SampleRequests.SslServerJson.Replace("\"Port\": 1194", "\"Port\": 22", StringComparison.Ordinal).Replace("{\n", "{\n  \"x-vpnlint-disable\": [\"VPN301\"],\n", StringComparison.Ordinal));

        var result = folder.Run("check", "server.json");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.DoesNotContain("VPN005", result.Output);
        Assert.Contains("1 finding suppressed", result.Output);
    }

    [TestMethod]
    public void OtherComments_SilenceNothing()
    {
        using var folder = new TempFolder();
        folder.Write("server.yaml", SampleRequests.SslServerYaml.Replace("Port: 1194", "Port: 22 # vpnlint-disabled VPN301", StringComparison.Ordinal));

        Assert.Contains("error VPN301", folder.Run("check", "server.yaml").Output);
    }

    [TestMethod]
    public void DisableNamingNoRule_IsAWarningWithTheRuleItMostLikelyMeant_AndAKnownRuleIsNot()
    {
        using var folder = new TempFolder();
        folder.Write("server.yaml", SampleRequests.SslServerYaml.Replace("Port: 1194", "Port: 22  # vpnlint-disable-line VPN3O1, VPN108", StringComparison.Ordinal));
        folder.Write("server.json", "{\"x-vpnlint-disable\": [\"all\", \"VPN301\"], " + SampleRequests.SslServerJson.TrimStart()[1..]);

        var result = folder.Run("check", ".");

        Assert.Contains("vpnlint: warning: server.yaml(6,34): the disable comment names no rule: there is no rule VPN3O1 (did you mean VPN301?)", result.Error);
        Assert.Contains("vpnlint: warning: server.json(1,1): x-vpnlint-disable names no rule: there is no rule all", result.Error);
        Assert.DoesNotContain("rule VPN108", result.Error);
        Assert.DoesNotContain("rule VPN301", result.Error);
        Assert.Contains("server.yaml(6,7): error VPN301", result.Output);
        Assert.AreEqual(1, result.ExitCode, result.ToString());
    }

    [TestMethod]
    [DataRow("Port: 443  # vpnlint-disable-line VPN310", 6, "VPN301")]
    [DataRow("# vpnlint-disable-next-line VPN310\nPort: 443", 6, "VPN301")]
    [DataRow("Port: 1194  # vpnlint-disable-line VPN310", 6, "VPN010")]
    public void DisableNamingNoRule_SuggestsTheRuleReportedOnItsLine_OfThoseEquallyClose(string line, int commentLine, string meant)
    {
        using var folder = new TempFolder();
        folder.Write("server.yaml", SampleRequests.SslServerYaml.Replace("Port: 1194", line, StringComparison.Ordinal));

        var result = folder.Run("check", "server.yaml");

        var column = line.Split('\n')[0].IndexOf("VPN310", StringComparison.Ordinal) + 1;
        Assert.Contains($"server.yaml({commentLine},{column}): the disable comment names no rule: there is no rule VPN310 (did you mean {meant}?)", result.Error);
    }
}
