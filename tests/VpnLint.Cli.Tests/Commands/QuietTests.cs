using VpnLint.Cli.Tests.Support;

namespace VpnLint.Cli.Tests.Commands;

/// <summary>--quiet reports errors only, with no summary and no notes; the exit code still follows --fail-level.</summary>
[TestClass]
public sealed class QuietTests
{
    [TestMethod]
    [DataRow("-q")]
    [DataRow("--quiet")]
    public void Quiet_ShowsOnlyErrors_AndNoSummary(string option)
    {
        using var folder = Server();

        var result = folder.Run("check", ".", option);

        Assert.AreEqual(1, result.ExitCode);
        CollectionAssert.AreEqual(new[] { "server.yaml(6,7): error VPN301" }, result.OutputLines.Select(line => line[..line.IndexOf(": Port", StringComparison.Ordinal)]).ToArray());
        Assert.AreEqual(string.Empty, result.Error);
    }

    [TestMethod]
    public void Quiet_HidesAWarningAtTheFailLevel_ButItStillFailsTheRun()
    {
        using var folder = new TempFolder();
        folder.Write("server.yaml", SampleRequests.SslServerYaml.Replace("LocalSubnet: 10.0.0.0/8", "LocalSubnet: 10.0.0.1/8", StringComparison.Ordinal));

        var quiet = folder.Run("check", ".", "--quiet", "--fail-level", "warning");
        var json = folder.Run("check", ".", "--quiet", "--fail-level", "warning", "--format", "json");

        Assert.AreEqual(string.Empty, quiet.Output);
        Assert.AreEqual(1, quiet.ExitCode);
        Assert.Contains("\"findings\": []", json.Output);
        Assert.Contains("\"exitCode\": 1", json.Output);
        Assert.AreEqual(0, folder.Run("check", ".", "--quiet").ExitCode);
    }

    [TestMethod]
    public void Quiet_WithAReportFile_WritesNoSummaryToStandardOutput()
    {
        using var folder = Server();

        var result = folder.Run("check", "server.yaml", "--quiet", "--output", "report.txt");

        Assert.AreEqual(string.Empty, result.Output);
        Assert.Contains("error VPN301", folder.Read("report.txt"));
        Assert.DoesNotContain("warning", folder.Read("report.txt"));
    }

    private static TempFolder Server()
    {
        var folder = new TempFolder();
        folder.Write("server.yaml", SampleRequests.SslServerYaml.Replace("Port: 1194", "Port: 22", StringComparison.Ordinal).Replace("LocalSubnet: 10.0.0.0/8", "LocalSubnet: 10.0.0.1/8", StringComparison.Ordinal));
        folder.Write("package.json", "{\"name\": \"not a request\"}");
        return folder;
    }
}
