using System.Diagnostics;
using System.Text;
using VpnLint.Cli.Tests.Support;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Cli.Tests.Checking;

/// <summary>Every kind of bad input gives a located finding or an error naming the file, in bounded time, and the run goes on.</summary>
[TestClass]
public sealed class BadInputTests
{
    [TestMethod]
    public void MalformedFile_IsVpn001AtTheParsersPosition_AndTheOtherFilesAreChecked()
    {
        using var folder = new TempFolder();
        folder.Write("a-broken.json", "{\n  \"Action\": \"CreateSslVpnServer\"\n  \"Port\": 22\n}");
        folder.Write("b-broken.yaml", "Action: CreateSslVpnServer\nPort: [22\n");
        folder.Write("c-server.yaml", SampleRequests.SslServerYaml.Replace("1194", "22", StringComparison.Ordinal));

        var result = folder.Run("check", ".");

        Assert.AreEqual(1, result.ExitCode, result.ToString());
        Assert.MatchesRegex(@"a-broken\.json\(3,3\): error VPN001: JSON syntax error: ", result.Output);
        Assert.MatchesRegex(@"b-broken\.yaml\(\d+,\d+\): error VPN001: YAML syntax error: ", result.Output);
        Assert.Contains("c-server.yaml(6,7): error VPN301", result.Output);
        Assert.DoesNotContain("   at ", result.Output + result.Error);
    }

    [TestMethod]
    [DataRow("empty.yaml", "")]
    [DataRow("empty.json", "  \n")]
    [DataRow("comments.yaml", "# only a comment\n# and another\n")]
    public void EmptyOrCommentsOnly_IsVpn002AtTheStart(string name, string content)
    {
        using var folder = new TempFolder();
        folder.Write(name, content);

        var result = folder.Run("check", ".");

        Assert.Contains($"{name}(1,1): error VPN002: The request's API cannot be determined: the file holds no request", result.Output);
    }

    [TestMethod]
    public void BinaryFile_IsVpn001()
    {
        using var folder = new TempFolder();
        folder.Write("image.json", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);

        var result = folder.Run("check", "image.json");

        Assert.Contains("image.json(3,1): error VPN001: JSON syntax error: the file holds binary content", result.Output);
    }

    [TestMethod]
    public void ByteOrderMarkCrLfAndUtf16_KeepPositions()
    {
        using var folder = new TempFolder();
        var text = SampleRequests.SslServerYaml.Replace("1194", "22", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal);
        folder.Write("bom.yaml", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]);
        folder.Write("utf16.yaml", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]);
        folder.Write("utf16-no-bom.json", Encoding.BigEndianUnicode.GetBytes(SampleRequests.SslServerJson.Replace("1194", "22", StringComparison.Ordinal)));

        var result = folder.Run("check", ".");

        Assert.Contains("bom.yaml(6,7): error VPN301", result.Output);
        Assert.Contains("utf16.yaml(6,7): error VPN301", result.Output);
        Assert.Contains("utf16-no-bom.json(7,11): error VPN301", result.Output);
    }

    [TestMethod]
    public void FileOverTheSizeLimit_IsVpn001WithoutBeingRead()
    {
        using var folder = new TempFolder();
        folder.Write("big.yaml", SampleRequests.SslServerYaml + "# " + new string('x', 2_000) + "\n");

        var result = folder.Run("check", "big.yaml", "--max-file-size", "1000");

        Assert.MatchesRegex(@"big\.yaml\(1,1\): error VPN001: the file is larger than the size limit \(2,\d{3} bytes > 1,000 bytes\), so it was not read; raise the limit with --max-file-size", result.Output);
        Assert.DoesNotContain("syntax error", result.Output);
    }

    [TestMethod]
    public void StandardInputOverTheSizeLimit_IsVpn001()
    {
        var result = Vpnlint.RunWithInput(Repository.Root, SampleRequests.SslServerYaml + "# " + new string('x', 5_000) + "\n", "check", "-", "--max-file-size", "1000");

        Assert.AreEqual(1, result.ExitCode, result.ToString());
        Assert.Contains("<stdin>(1,1): error VPN001: the input is larger than the size limit (more than 1,000 bytes), so it was not read; raise the limit with --max-file-size", result.Output);
    }

    [TestMethod]
    public void DeepNestingAndAliasBombs_FinishQuicklyAsVpn001()
    {
        using var folder = new TempFolder();
        folder.Write("deep.json", "{\"Action\": " + new string('[', 100_000) + new string(']', 100_000) + "}");
        var bomb = new StringBuilder("a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
        for (var level = 'b'; level <= 'z'; level++)
        {
            var previous = (char)(level - 1);
            bomb.Append($"{level}: &{level} [*{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}]\n");
        }

        folder.Write("bomb.yaml", bomb.ToString());
        var clock = Stopwatch.StartNew();

        var result = folder.Run("check", ".");

        Assert.IsLessThan(10, clock.Elapsed.TotalSeconds);
        Assert.Contains("deep.json(1,", result.Output);
        Assert.Contains("error VPN001: JSON syntax error: ", result.Output);
        Assert.Contains("error VPN001: YAML syntax error: aliases expand to more than 100,000 values", result.Output);
    }

    [TestMethod]
    public void SymbolicLinkLoop_IsSkippedWithANote()
    {
        using var folder = new TempFolder();
        folder.Write("vpn/server.yaml", SampleRequests.SslServerYaml);
        Directory.CreateSymbolicLink(folder.PathOf("vpn/loop"), folder.PathOf("vpn"));

        var result = folder.Run("check", "vpn");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.Contains("vpn/loop: skipped, a symbolic link loop", result.Error);
        Assert.Contains("in 1 file", result.Output);
    }

    [TestMethod]
    public void UnreadableFile_IsAnErrorNamingItAndTheRunGoesOn()
    {
        using var folder = new TempFolder();
        folder.Write("server.yaml", SampleRequests.SslServerYaml);
        File.CreateSymbolicLink(folder.PathOf("gone.yaml"), folder.PathOf("nowhere.yaml"));

        var result = folder.Run("check", ".");

        Assert.AreEqual(2, result.ExitCode, result.ToString());
        Assert.Contains("gone.yaml: cannot read the file", result.Error);
        Assert.Contains("in 1 file", result.Output);
    }

    [TestMethod]
    public void FolderScan_SkipsFilesThatAreNotRequests_ButANamedFileIsJudged()
    {
        using var folder = new TempFolder();
        folder.Write("package.json", "{\"name\": \"web\", \"version\": \"1.0.0\", \"scripts\": {}}");
        folder.Write(".github/workflows/ci.yml", "on: push\njobs: {}\n");
        folder.Write("vpn/unnamed.yaml", "RegionId: cn-hangzhou\nClientIpPool: 192.168.0.0/24\nLocalSubnet: 10.0.0.0/8\n");
        folder.Write("vpn/server.yaml", SampleRequests.SslServerYaml);

        var scan = folder.Run("check", ".");
        var named = folder.Run("check", "package.json");

        Assert.Contains("vpn/unnamed.yaml(1,1): error VPN002", scan.Output);
        Assert.DoesNotContain("package.json", scan.Output.Split('\n')[0]);
        Assert.Contains("in 2 files (1 file skipped: no VPN request in it)", scan.Output);
        Assert.Contains("package.json(1,1): error VPN002", named.Output);
    }

    [TestMethod]
    public void FolderScan_JudgesAFileThatNamesItsApiWithAMisspelledKey_AndStillSkipsOtherActions()
    {
        using var folder = new TempFolder();
        folder.Write("lower.json", "{\"action\":\"CreateSslVpnServer\",\"region_id\":\"cn-hangzhou\"}");
        folder.Write("upper.yaml", "ACTION: CreateIpsecServer\nPsk: hunter2hunter2\n");
        folder.Write("camel.yaml", "vpnServer:\n  clientCidr: 10.8.0.0/16\n");
        folder.Write("workflow.yaml", "action: deploy\nenvironment: production\n");

        var scan = folder.Run("check", ".");

        Assert.Contains("lower.json(1,2): error VPN002: The request's API cannot be determined: the key action is not Action, the only spelling the API reads; did you mean Action: CreateSslVpnServer?", scan.Output);
        Assert.Contains("upper.yaml(1,1): error VPN002", scan.Output);
        Assert.Contains("did you mean Action: CreateIpsecServer?", scan.Output);
        Assert.Contains("camel.yaml(1,1): error VPN002", scan.Output);
        Assert.Contains("did you mean vpn_server?", scan.Output);
        Assert.DoesNotContain("workflow.yaml", scan.Output);
        Assert.Contains("in 3 files (1 file skipped: no VPN request in it)", scan.Output);
        Assert.DoesNotContain("hunter2", scan.Output);
    }
}
