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
    public void StandardInputGivenAName_IsThatFileForTheBaseline()
    {
        using var folder = new TempFolder();
        folder.Write("vpn/server.yaml", Broken);
        folder.Run("check", "vpn", "--write-baseline", "baseline.json");

        var named = Vpnlint.RunWithInput(folder.Path, Broken, "check", "-", "--stdin-filename", "vpn/server.yaml", "--baseline", "baseline.json");
        var anonymous = Vpnlint.RunWithInput(folder.Path, Broken, "check", "-", "--baseline", "baseline.json");

        Assert.AreEqual(0, named.ExitCode, named.ToString());
        Assert.AreEqual(1, anonymous.ExitCode, "Unnamed input is not the recorded file.");
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

    [TestMethod]
    [DataRow("{bad", "base.json(1,2): cannot use the baseline: it is not valid JSON")]
    [DataRow("[]", "base.json(1,1): cannot use the baseline: it must be an object with a version and a list of findings")]
    [DataRow("{\"version\": 2, \"findings\": []}", "base.json(1,13): cannot use the baseline: its version must be 1")]
    [DataRow("{\"findings\": []}", "base.json(1,1): cannot use the baseline: its version must be 1")]
    [DataRow("{\"version\": 1, \"findings\": {}}", "base.json(1,28): cannot use the baseline: its findings must be a list")]
    [DataRow("{\"version\": 1, \"findings\": [{\"file\": \"server.yaml\", \"rule\": \"VPN301\", \"count\": 1}]}", "base.json(1,29): cannot use the baseline: each of its findings has a file, a rule and a path")]
    [DataRow("{\"version\": 1, \"findings\": [{\"file\": \"server.yaml\", \"rule\": \"VPN301\", \"path\": \"Port\", \"count\": -3}]}", "base.json(1,96): cannot use the baseline: a finding's count must be a whole number of at least 1")]
    [DataRow("{\"version\": 1, \"findings\": [{\"file\": \"server.yaml\", \"rule\": \"VPN301\", \"path\": \"Port\", \"count\": 0}]}", "base.json(1,96): cannot use the baseline: a finding's count must be a whole number of at least 1")]
    [DataRow("{\"version\": 1, \"findings\": [{\"file\": \"server.yaml\", \"rule\": \"VPN301\", \"path\": \"Port\", \"count\": 1.5}]}", "base.json(1,96): cannot use the baseline: a finding's count must be a whole number of at least 1")]
    public void UnusableBaseline_IsAnErrorLocatedInIt_AndTheFilesAreStillChecked(string baseline, string error)
    {
        using var folder = new TempFolder();
        folder.Write("server.yaml", Broken);
        folder.Write("base.json", baseline);

        var result = folder.Run("check", "server.yaml", "--baseline", "base.json");

        Assert.AreEqual(2, result.ExitCode, result.ToString());
        Assert.Contains("error: " + error, result.Error, "The baseline is named as the user named it, relative to the working folder.");
        Assert.Contains("fix it, or write it again with --write-baseline", result.Error);
        Assert.Contains("error VPN301", result.Output);
    }

    [TestMethod]
    public void BaselineCountOfOne_HidesOneFinding()
    {
        using var folder = new TempFolder();
        folder.Write("server.yaml", Broken);
        folder.Write("base.json", "{\"version\": 1, \"findings\": [{\"file\": \"server.yaml\", \"rule\": \"VPN301\", \"path\": \"Port\", \"count\": 1}]}");

        var result = folder.Run("check", "server.yaml", "--baseline", "base.json");

        Assert.AreEqual(string.Empty, result.Error);
        Assert.DoesNotContain("VPN301", result.Output);
    }
}
