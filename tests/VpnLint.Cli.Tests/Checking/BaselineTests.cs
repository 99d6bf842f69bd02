using System.Text.Json;
using VpnLint.Cli.Tests.Support;

namespace VpnLint.Cli.Tests.Checking;

[TestClass]
public sealed class BaselineTests
{
    private static readonly string Broken = SampleRequests.SslServerYaml.Replace("1194", "22", StringComparison.Ordinal).Replace("192.168.0.0/24", "8.8.0.0/24", StringComparison.Ordinal);

    [TestMethod]
    public void Baseline_HidesRecordedFindings_EvenAfterUnrelatedEdits()
    {
        using var folder = new TempFolder();
        folder.Write("vpn/server.yaml", Broken);
        var written = folder.Run("check", "vpn", "--write-baseline", "vpnlint.baseline.json");
        Assert.AreEqual(1, written.ExitCode, written.ToString());

        folder.Write("vpn/server.yaml", "# a new comment moves every line\n\n" + Broken.Replace("cn-hangzhou", "cn-shanghai", StringComparison.Ordinal));
        var result = folder.Run("check", "vpn", "--baseline", "vpnlint.baseline.json");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.AreEqual("0 errors, 0 warnings in 1 file (2 findings in the baseline)", result.Output.Trim());
    }

    [TestMethod]
    public void Baseline_ReportsNewFindings()
    {
        using var folder = new TempFolder();
        folder.Write("server.yaml", Broken);
        folder.Run("check", "server.yaml", "--write-baseline", "baseline.json");

        folder.Write("server.yaml", Broken.Replace("10.0.0.0/8", "10.0.0.0/8,127.0.0.0/8", StringComparison.Ordinal));
        var result = folder.Run("check", "server.yaml", "--baseline", "baseline.json");

        Assert.AreEqual(1, result.ExitCode, result.ToString());
        Assert.Contains("error VPN105", result.Output);
        Assert.DoesNotContain("VPN301", result.Output);
    }

    [TestMethod]
    public void BaselineFile_IsKeyedByRelativeFileRuleAndPath()
    {
        using var folder = new TempFolder();
        folder.Write("vpn/server.yaml", Broken);

        folder.Run("check", "vpn", "--write-baseline", "ci/baseline.json");

        using var document = JsonDocument.Parse(folder.Read("ci/baseline.json"));
        var entries = document.RootElement.GetProperty("findings").EnumerateArray()
            .Select(entry => $"{entry.GetProperty("file").GetString()} {entry.GetProperty("rule").GetString()} {entry.GetProperty("path").GetString()} {entry.GetProperty("count").GetInt32()}")
            .ToArray();
        CollectionAssert.AreEqual(new[] { "../vpn/server.yaml VPN108 ClientIpPool 1", "../vpn/server.yaml VPN301 Port 1" }, entries);
    }

    [TestMethod]
    public void UnreadableBaseline_ExitsTwo()
    {
        using var folder = new TempFolder();
        folder.Write("server.yaml", SampleRequests.SslServerYaml);
        folder.Write("baseline.json", "{ not json");

        var result = folder.Run("check", "server.yaml", "--baseline", "baseline.json");

        Assert.AreEqual(2, result.ExitCode, result.ToString());
        Assert.Contains("cannot use the baseline", result.Error);
    }
}
