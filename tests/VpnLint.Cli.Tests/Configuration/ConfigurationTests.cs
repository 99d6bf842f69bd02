using System.Text.RegularExpressions;
using VpnLint.Cli.Tests.Support;

namespace VpnLint.Cli.Tests.Configuration;

[TestClass]
public sealed class ConfigurationTests
{
    private static readonly string PublicPool = SampleRequests.SslServerYaml.Replace("192.168.0.0/24", "8.8.0.0/24", StringComparison.Ordinal);

    [TestMethod]
    public void ConfigurationAboveTheFile_SetsSeverities()
    {
        using var folder = new TempFolder();
        folder.Write("vpnlint.yaml", "rules:\n  VPN108: off\n  VPN301: warning\n");
        folder.Write("infra/vpn/server.yaml", PublicPool.Replace("1194", "22", StringComparison.Ordinal));

        var result = folder.Run("check", "infra");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.DoesNotContain("VPN108", result.Output);
        Assert.Contains("warning VPN301", result.Output);
    }

    [TestMethod]
    public void NearestConfiguration_WinsAndDotFileNameIsFound()
    {
        using var folder = new TempFolder();
        folder.Write("vpnlint.yaml", "rules:\n  VPN108: off\n");
        folder.Write("team/.vpnlint.yaml", "rules:\n  VPN108: note\n");
        folder.Write("team/server.yaml", PublicPool);
        folder.Write("other/server.yaml", PublicPool);

        var result = folder.Run("check", ".");

        Assert.Contains("team/server.yaml(4,15): note VPN108", result.Output);
        Assert.DoesNotContain("other/server.yaml(4,15)", result.Output);
    }

    [TestMethod]
    public void Flags_OverrideTheConfiguration()
    {
        using var folder = new TempFolder();
        folder.Write("vpnlint.yaml", "rules:\n  VPN108: off\ncontext:\n  sslConnections: 5\nfailLevel: error\n");
        folder.Write("server.yaml", PublicPool);

        var result = folder.Run("check", "server.yaml", "--severity", "VPN108=error", "--ssl-connections", "100", "--vpc-cidr", "8.8.0.0/16");

        Assert.AreEqual(1, result.ExitCode, result.ToString());
        Assert.Contains("error VPN108", result.Output);
        Assert.Contains("SslConnections 100 (from --ssl-connections)", result.Output);
        Assert.Contains("overlaps the VPC block 8.8.0.0/16 (from --vpc-cidr)", result.Output);
    }

    [TestMethod]
    public void ConfigurationContext_SizesTheClientPool()
    {
        using var folder = new TempFolder();
        folder.Write("vpnlint.yaml", "context:\n  sslConnections: 100\n  vpcCidrs: [192.168.0.0/16]\n");
        folder.Write("server.yaml", SampleRequests.SslServerYaml);

        var result = folder.Run("check", "server.yaml");

        Assert.Contains("error VPN200: ClientIpPool 192.168.0.0/24 has 256 addresses; SslConnections 100 (from vpnlint.yaml) needs at least 400", result.Output);
        Assert.Contains("error VPN107", result.Output);
    }

    [TestMethod]
    public void FailLevel_FromTheConfiguration()
    {
        using var folder = new TempFolder();
        folder.Write("vpnlint.yaml", "failLevel: warning\n");
        folder.Write("server.yaml", PublicPool);

        Assert.AreEqual(1, folder.Run("check", "server.yaml").ExitCode);
    }

    [TestMethod]
    public void IncludeAndExclude_SelectFilesOfAFolderScan()
    {
        using var folder = new TempFolder();
        folder.Write("vpnlint.yaml", "include: ['vpn/**']\nexclude: ['vpn/legacy/**']\n");
        folder.Write("vpn/server.yaml", PublicPool);
        folder.Write("vpn/legacy/old.yaml", PublicPool);
        folder.Write("elsewhere/server.yaml", PublicPool);

        var result = folder.Run("check", ".");

        Assert.Contains("vpn/server.yaml", result.Output);
        Assert.DoesNotContain("legacy", result.Output);
        Assert.DoesNotContain("elsewhere", result.Output);
        Assert.Contains("in 1 file", result.Output);
    }

    [TestMethod]
    public void IgnoreEntries_SuppressByFileRuleAndParameter()
    {
        using var folder = new TempFolder();
        folder.Write("vpnlint.yaml", "ignore:\n  - files: ['legacy/*.json']\n    rules: [VPN108]\n  - rules: [VPN105]\n    parameters: ['LocalSubnet[1]']\n");
        folder.Write("legacy/server.json", SampleRequests.SslServerJson.Replace("192.168.0.0/24", "8.8.0.0/24", StringComparison.Ordinal));
        folder.Write("new/server.json", SampleRequests.SslServerJson.Replace("192.168.0.0/24", "8.8.0.0/24", StringComparison.Ordinal).Replace("10.0.0.0/8", "127.0.0.0/8,127.0.1.0/24", StringComparison.Ordinal));

        var result = folder.Run("check", ".");

        Assert.DoesNotContain("legacy/server.json", result.Output);
        Assert.Contains("new/server.json(5,19): warning VPN108", result.Output);
        Assert.Contains("new/server.json(6,19): error VPN105", result.Output);
        Assert.DoesNotContain("new/server.json(6,30): error VPN105", result.Output);
        Assert.Contains("2 findings suppressed", result.Output);
    }

    [TestMethod]
    public void MistakeInTheConfiguration_IsLocatedAndExitsTwo()
    {
        using var folder = new TempFolder();
        folder.Write("vpnlint.yaml", "rules:\n  VPN108: of\nfailLevl: warning\n");
        folder.Write("server.yaml", SampleRequests.SslServerYaml);

        var result = folder.Run("check", "server.yaml");

        Assert.AreEqual(2, result.ExitCode, result.ToString());
        Assert.Contains("vpnlint.yaml(2,11): the severity of VPN108 must be error, warning, note or off", result.Error);
        Assert.Contains("vpnlint.yaml(3,1): unknown setting failLevl", result.Error);
        Assert.Contains("in 1 file", result.Output);
    }

    [TestMethod]
    public void ExplicitConfig_IsUsedForEveryFile()
    {
        using var folder = new TempFolder();
        folder.Write("ci/strict.yaml", "rules:\n  VPN108: error\n");
        folder.Write("server.yaml", PublicPool);

        var result = folder.Run("check", "server.yaml", "--config", "ci/strict.yaml");

        Assert.Contains("error VPN108", result.Output);
    }

    [TestMethod]
    public void FolderScan_LeavesOutTheToolsOwnFiles_AndSaysAConfigurationMistakeOnce()
    {
        using var folder = new TempFolder();
        folder.Write("vpnlint.yaml", "ignore:\n  - files: [x]\nrequests: 1\n");
        folder.Write("team/.vpnlint.yaml", "rules: {VPN108: note}\n");
        folder.Write("team/server.yaml", PublicPool);
        folder.Write("baseline.json", "{\"version\": 1, \"tool\": \"vpnlint\", \"findings\": []}");
        folder.Write("report.json", "{\"requests\": {}}");

        var result = folder.Run("check", ".", "--baseline", "baseline.json", "--write-baseline", "next.json", "--output", "report.json");
        var named = folder.Run("check", "team/server.yaml", "baseline.json");

        Assert.AreEqual(1, Regex.Count(result.Error, "unknown setting requests"), result.ToString());
        Assert.DoesNotContain("a bundle has no key", result.Error);
        Assert.Contains("in 1 file", result.Output);
        Assert.DoesNotContain("skipped", result.Output);
        Assert.Contains("baseline.json(1,1): error VPN002", named.Output);
    }

    [TestMethod]
    public void UnknownRuleInTheConfiguration_IsALocatedErrorWithTheRuleItMostLikelyMeant()
    {
        using var folder = new TempFolder();
        folder.Write("vpnlint.yaml", "rules:\n  VPN1O8: off\nignore:\n  - rules: [VPN108, VPN30l]\n");
        folder.Write("server.yaml", PublicPool);

        var result = folder.Run("check", ".");

        Assert.AreEqual(2, result.ExitCode, result.ToString());
        Assert.Contains("error: vpnlint.yaml(2,3): there is no rule VPN1O8 (did you mean VPN108?)", result.Error, "The configuration is named relative to the working folder, as findings name files.");
        Assert.Contains("vpnlint.yaml(4,12): there is no rule VPN30l (did you mean VPN30", result.Error);
        Assert.DoesNotContain("there is no rule VPN108", result.Error);
    }

    [TestMethod]
    [DataRow("7", "vpnlint.yaml(2,27): sslConnections 7 is not a gateway's SslConnections: use 5, 10, 20, 50, 100, 200, 500 or 1000")]
    [DataRow("1000", null)]
    public void SslConnectionsInTheConfiguration_TakesOnlyTheGatewaysValues(string connections, string? error)
    {
        using var folder = new TempFolder();
        folder.Write("vpnlint.yaml", "rules: {}\ncontext: {sslConnections: " + connections + "}\n");
        folder.Write("server.yaml", SampleRequests.SslServerYaml);

        var result = folder.Run("check", "server.yaml");

        if (error is null)
        {
            Assert.AreEqual(string.Empty, result.Error);
        }
        else
        {
            Assert.Contains(error, result.Error);
        }
    }

    [TestMethod]
    public void DuplicateSettingsInTheConfiguration_AreLocatedErrors_AndDistinctOnesAreNot()
    {
        using var folder = new TempFolder();
        folder.Write("vpnlint.yaml", "rules:\n  VPN108: off\n  vpn108: error\n  VPN301: note\nfailLevel: error\nfailLevel: warning\ncontext:\n  sslConnections: 5\n  sslConnections: 10\n");
        folder.Write("server.yaml", PublicPool);

        var result = folder.Run("check", ".");

        Assert.AreEqual(2, result.ExitCode, result.ToString());
        Assert.Contains("vpnlint.yaml(3,3): vpn108 is set twice (also at line 2, column 3); keep one", result.Error);
        Assert.Contains("vpnlint.yaml(6,1): failLevel is set twice (also at line 5, column 1); keep one", result.Error);
        Assert.Contains("vpnlint.yaml(9,3): sslConnections is set twice (also at line 8, column 3); keep one", result.Error);
        Assert.DoesNotContain("VPN301 is set twice", result.Error);
        Assert.DoesNotContain("rules is set twice", result.Error);
    }
}
