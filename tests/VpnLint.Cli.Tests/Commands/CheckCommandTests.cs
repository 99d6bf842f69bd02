using System.Text.Json;
using System.Text.RegularExpressions;
using VpnLint.Cli.Tests.Support;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Cli.Tests.Commands;

[TestClass]
public sealed class CheckCommandTests
{
    [TestMethod]
    public void Samples_ReportCompilerStyleLinesAndExitOne()
    {
        var result = Vpnlint.Run(Repository.Root, "check", "samples/requests");

        Assert.AreEqual(1, result.ExitCode, result.ToString());
        Assert.Contains("samples/requests/CreateSslVpnServer/invalid.yaml(4,15): error VPN104: ClientIpPool 100.64.0.0/28 overlaps 100.64.0.0/10", result.Output);
        Assert.Contains("samples/requests/bundles/alibaba-office.yaml(15,19): error VPN200: ClientIpPool 192.168.0.0/24 has 256 addresses; the gateway's SslConnections 100 needs at least 400", result.Output);
        Assert.MatchesRegex(@"^\d+ errors, \d+ warnings in 23 files \(\d+ findings? suppressed\)$", result.OutputLines[^1]);
    }

    [TestMethod]
    public void Readme_ShowsTheRealOutputOfTheSamples()
    {
        var result = Vpnlint.Run(Repository.Root, "check", "samples/requests");
        var expected = "```text\n$ vpnlint check samples/requests\n" + result.Output + "```\n";

        var actual = Repository.GeneratedSection(Repository.PathOf("README.md"), "cli-samples");

        Assert.AreEqual(expected, actual, "README's sample output is stale; replace it with:\n" + expected);
    }

    [TestMethod]
    public void ValidSamples_HaveNoFindings()
    {
        var valid = Directory.GetFiles(Repository.PathOf("samples", "requests"), "valid.*", SearchOption.AllDirectories);

        var result = Vpnlint.Run(Repository.Root, ["check", .. valid]);

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.AreEqual($"0 errors, 0 warnings in {valid.Length} files", result.Output.Trim());
    }

    [TestMethod]
    public void FindingsBelowTheFailLevel_ExitZero_AtOrAbove_ExitOne()
    {
        using var folder = new TempFolder();
        folder.Write("server.yaml", SampleRequests.SslServerYaml.Replace("192.168.0.0/24", "192.168.0.1/24", StringComparison.Ordinal));

        var byDefault = folder.Run("check", "server.yaml");
        var strict = folder.Run("check", "server.yaml", "--fail-level", "warning");

        Assert.AreEqual(0, byDefault.ExitCode, byDefault.ToString());
        Assert.Contains("warning VPN101", byDefault.Output);
        Assert.AreEqual(1, strict.ExitCode, strict.ToString());
    }

    [TestMethod]
    public void MissingPath_ExitsTwoAndChecksTheRest()
    {
        using var folder = new TempFolder();
        folder.Write("server.yaml", SampleRequests.SslServerYaml);

        var result = folder.Run("check", "missing.yaml", "server.yaml");

        Assert.AreEqual(2, result.ExitCode, result.ToString());
        Assert.Contains("missing.yaml: no such file or folder", result.Error);
        Assert.Contains("in 1 file", result.Output);
    }

    [TestMethod]
    public void UsageError_ExitsTwo()
    {
        var result = Vpnlint.Run(Repository.Root, "check", "samples/requests", "--no-such-option");

        Assert.AreEqual(2, result.ExitCode, result.ToString());
        Assert.Contains("--no-such-option", result.Error);
    }

    [TestMethod]
    public void BadFlagValue_ExitsTwo()
    {
        var result = Vpnlint.Run(Repository.Root, "check", "samples/requests", "--severity", "VPN999=off");

        Assert.AreEqual(2, result.ExitCode, result.ToString());
        Assert.Contains("--severity VPN999=off", result.Error);
    }

    [TestMethod]
    public void FolderWhoseFilesTheGlobsAllLeaveOut_SaysSo()
    {
        using var folder = new TempFolder();
        folder.Write("vpnlint.yaml", "include: [\"infra/vpn/**\"]\n");
        folder.Write("requests/server.yaml", SampleRequests.SslServerYaml);

        var result = folder.Run("check", ".");

        Assert.AreEqual(2, result.ExitCode, result.ToString());
        Assert.Contains("no input files: the include and exclude globs of vpnlint.yaml leave out the one *.json, *.yaml or *.yml file of the paths", result.Error);
    }

    [TestMethod]
    public void FolderWithoutRequestFiles_ExitsTwo()
    {
        using var folder = new TempFolder();
        folder.Write("notes.txt", "nothing here");

        var result = folder.Run("check", ".");

        Assert.AreEqual(2, result.ExitCode, result.ToString());
        Assert.Contains("no input files", result.Error);
    }

    [TestMethod]
    public void StandardInput_IsCheckedAsJsonOrYaml()
    {
        var json = Vpnlint.RunWithInput(Repository.Root, SampleRequests.SslServerJson.Replace("1194", "22", StringComparison.Ordinal), "check", "-");
        var yaml = Vpnlint.RunWithInput(Repository.Root, SampleRequests.SslServerYaml.Replace("1194", "22", StringComparison.Ordinal), "check", "-", "--stdin-filename", "infra/server.yaml");

        Assert.AreEqual(1, json.ExitCode, json.ToString());
        Assert.Contains("<stdin>(7,11): error VPN301", json.Output);
        Assert.Contains("infra/server.yaml(6,7): error VPN301", yaml.Output);
    }

    [TestMethod]
    public void JsonFormat_HasOneObjectPerFindingAndASummary()
    {
        using var folder = new TempFolder();
        folder.Write("server.json", SampleRequests.SslServerJson.Replace("1194", "22", StringComparison.Ordinal));

        var result = folder.Run("check", "server.json", "--format", "json");

        using var document = JsonDocument.Parse(result.Output);
        var finding = document.RootElement.GetProperty("findings").EnumerateArray().Single();
        Assert.AreEqual("server.json", finding.GetProperty("file").GetString());
        Assert.AreEqual("VPN301", finding.GetProperty("rule").GetString());
        Assert.AreEqual("error", finding.GetProperty("severity").GetString());
        Assert.AreEqual("Port", finding.GetProperty("path").GetString());
        Assert.AreEqual(7, finding.GetProperty("span").GetProperty("startLine").GetInt32());
        Assert.AreEqual(11, finding.GetProperty("span").GetProperty("startColumn").GetInt32());
        Assert.AreEqual(1, document.RootElement.GetProperty("summary").GetProperty("errors").GetInt32());
        Assert.AreEqual(1, document.RootElement.GetProperty("summary").GetProperty("exitCode").GetInt32());
    }

    [TestMethod]
    public void OutputOption_WritesTheReportToTheFileAndTheSummaryToStandardOutput()
    {
        using var folder = new TempFolder();
        folder.Write("server.yaml", SampleRequests.SslServerYaml.Replace("1194", "22", StringComparison.Ordinal));

        var result = folder.Run("check", "server.yaml", "--format", "json", "--output", "report.json");

        Assert.AreEqual("1 error, 0 warnings in 1 file", result.Output.Trim());
        StringAssert.Contains(folder.Read("report.json"), "\"VPN301\"");
    }

    [TestMethod]
    public void Excerpt_ShowsTheLineWithACaretUnderTheValue()
    {
        using var folder = new TempFolder();
        folder.Write("server.yaml", SampleRequests.SslServerYaml.Replace("10.0.0.0/8", "10.0.0.0/8,100.64.1.0/24", StringComparison.Ordinal));

        var result = folder.Run("check", "server.yaml", "--excerpt", "always");

        Assert.Contains("server.yaml(5,25): error VPN105", result.Output);
        Assert.Contains(" 5 | LocalSubnet: 10.0.0.0/8,100.64.1.0/24\n   |                         ^^^^^^^^^^^^^\n", result.Output);
    }

    [TestMethod]
    public void PositionsInJsonYamlFlowAndStreams_PointAtTheValue()
    {
        using var folder = new TempFolder();
        folder.Write("block.yaml", "Action: CreateSslVpnServer\nRegionId: cn-hangzhou\nVpnGatewayId: vpn-1\nClientIpPool: 10.0.0.0/24\nLocalSubnet: 10.1.0.0/16\nPort: 443\n");
        const string Flow = "{Action: CreateSslVpnServer, RegionId: cn-hangzhou, VpnGatewayId: vpn-1, ClientIpPool: 10.0.0.0/24, LocalSubnet: 10.1.0.0/16, Port: 443}\n";
        const string OneLine = "{\"Action\":\"CreateSslVpnServer\",\"RegionId\":\"cn-hangzhou\",\"VpnGatewayId\":\"vpn-1\",\"ClientIpPool\":\"10.0.0.0/24\",\"LocalSubnet\":\"10.1.0.0/16\",\"Port\":443}";
        folder.Write("flow.yaml", Flow);
        folder.Write("stream.yaml", "Action: CreateVpnGateway\nRegionId: cn-hangzhou\nVpcId: vpc-1\nBandwidth: 10\n---\nAction: CreateSslVpnServer\nRegionId: cn-hangzhou\nVpnGatewayId: vpn-1\nClientIpPool: 10.0.0.0/24\nLocalSubnet: 10.1.0.0/16\nPort: 443\n");
        folder.Write("one-line.json", OneLine);

        var result = folder.Run("check", ".", "--severity", "VPN700=off");

        Assert.Contains("block.yaml(6,7): error VPN301", result.Output);
        Assert.Contains($"flow.yaml(1,{Flow.IndexOf("443", StringComparison.Ordinal) + 1}): error VPN301", result.Output);
        Assert.Contains("stream.yaml(11,7): error VPN301", result.Output);
        Assert.Contains($"one-line.json(1,{OneLine.IndexOf("443", StringComparison.Ordinal) + 1}): error VPN301", result.Output);
    }

    [TestMethod]
    [DataRow("--max-file-size", "0", "--max-file-size 0: give a whole number of bytes greater than 0")]
    [DataRow("--max-file-size", "-5", "--max-file-size -5: give a whole number of bytes greater than 0")]
    [DataRow("--max-file-size", "abc", "--max-file-size abc: give a whole number of bytes greater than 0")]
    [DataRow("--max-connections", "1.5", "--max-connections 1.5: give a whole number of connections greater than 0")]
    [DataRow("--ssl-connections", "7", "--ssl-connections 7: a gateway's SslConnections is 5, 10, 20, 50, 100, 200, 500 or 1000")]
    [DataRow("--format", "xml", "--format xml: use text, json, sarif, github, gitlab, junit or checkstyle")]
    [DataRow("--excerpt", "maybe", "--excerpt maybe: use auto, always or never")]
    [DataRow("--severity", "VPN3O1=off", "--severity VPN3O1=off: there is no rule VPN3O1 (did you mean VPN301?)")]
    public void OutOfRangeOrUnknownFlagValue_IsAUsageErrorInPlainWords(string flag, string value, string message)
    {
        using var folder = new TempFolder();
        folder.Write("server.yaml", SampleRequests.SslServerYaml);

        var result = folder.Run("check", "server.yaml", flag, value);

        Assert.AreEqual(2, result.ExitCode, result.ToString());
        Assert.Contains("vpnlint: error: " + message, result.Error);
        Assert.DoesNotContain("System.", result.Error);
        Assert.AreEqual(string.Empty, result.Output);
    }

    [TestMethod]
    [DataRow("--fromat", "--fromat is not an option of check (did you mean --format?)")]
    [DataRow("--severty", "--severty is not an option of check (did you mean --severity?)")]
    [DataRow("-x", "-x is not an option of check;")]
    [DataRow("-e", "-e is not an option of check;")]
    public void MistypedOption_IsAUsageErrorWithTheOptionMeant_NotAMissingFile(string option, string message)
    {
        using var folder = new TempFolder();
        folder.Write("server.yaml", SampleRequests.SslServerYaml);

        var result = folder.Run("check", "server.yaml", option, "json");

        Assert.AreEqual(2, result.ExitCode, result.ToString());
        Assert.Contains("vpnlint: error: " + message, result.Error);
        Assert.DoesNotContain("no such file", result.Error);
        Assert.AreEqual(string.Empty, result.Output);
    }

    [TestMethod]
    public void Help_NamesTheValuesInTheCaseTheOptionTakes_AndNoDefaultInAnother()
    {
        var help = Vpnlint.Run(Repository.Root, "check", "--help").Output;

        Assert.Contains("--format <text|json|sarif|github|gitlab|junit|checkstyle>", help);
        Assert.Contains("--excerpt <auto|always|never>", help);
        Assert.Contains("--color <auto|always|never>", help);
        Assert.DoesNotContain("[default: ", help);
    }

    [TestMethod]
    public void FileWhoseNameStartsWithADash_IsStillChecked()
    {
        using var folder = new TempFolder();
        folder.Write("-server.yaml", SampleRequests.SslServerYaml.Replace("1194", "22", StringComparison.Ordinal));

        var result = folder.Run("check", "--", "-server.yaml");

        Assert.AreEqual(1, result.ExitCode, result.ToString());
        Assert.Contains("-server.yaml(6,7): error VPN301", result.Output);
    }

    [TestMethod]
    public void StandardInputNameWithoutStandardInput_IsAUsageError()
    {
        using var folder = new TempFolder();
        folder.Write("server.yaml", SampleRequests.SslServerYaml);

        var result = folder.Run("check", "server.yaml", "--stdin-filename", "other.yaml");

        Assert.AreEqual(2, result.ExitCode, result.ToString());
        Assert.Contains("--stdin-filename names standard input, which is read only when - is among the paths", result.Error);
    }

    [TestMethod]
    [DataRow("--max-file-size", "1")]
    [DataRow("--ssl-connections", "5")]
    [DataRow("--ssl-connections", "1000")]
    [DataRow("--format", "JSON")]
    [DataRow("--severity", "vpn301=off")]
    public void InRangeFlagValue_IsAccepted(string flag, string value)
    {
        using var folder = new TempFolder();
        folder.Write("server.yaml", SampleRequests.SslServerYaml);

        var result = folder.Run("check", "server.yaml", flag, value);

        Assert.AreNotEqual(2, result.ExitCode, result.ToString());
        Assert.AreEqual(string.Empty, result.Error);
    }

    [TestMethod]
    public void FileNamedTwiceOrAlsoInsideANamedFolder_IsCheckedOnce()
    {
        using var folder = new TempFolder();
        folder.Write("vpn/server.yaml", SampleRequests.SslServerYaml.Replace("1194", "22", StringComparison.Ordinal));
        folder.Write("vpn/other.yaml", SampleRequests.SslServerYaml.Replace("1194", "443", StringComparison.Ordinal));

        var result = folder.Run("check", "vpn/server.yaml", "vpn", "./vpn/server.yaml", "vpn/");

        Assert.AreEqual(1, Regex.Count(result.Output, "server.yaml\\(6,7\\): error VPN301"), result.ToString());
        Assert.AreEqual(1, Regex.Count(result.Output, "other.yaml\\(6,7\\): error VPN301"), result.ToString());
        Assert.AreEqual("2 errors, 0 warnings in 2 files", result.OutputLines[^1]);
    }

    [TestMethod]
    public void StandardInputNamedTwice_IsReadOnceAndAnError()
    {
        var once = Vpnlint.RunWithInput(Repository.Root, SampleRequests.SslServerYaml, "check", "-");
        var twice = Vpnlint.RunWithInput(Repository.Root, SampleRequests.SslServerYaml, "check", "-", "-");

        Assert.AreEqual(0, once.ExitCode, once.ToString());
        Assert.AreEqual(2, twice.ExitCode, twice.ToString());
        Assert.Contains("- (standard input) is given more than once", twice.Error);
        Assert.Contains("in 1 file", twice.Output);
    }

    [TestMethod]
    public void NoArguments_PrintsTheHelpAndExitsTwo()
    {
        var result = Vpnlint.Run(Repository.Root);

        Assert.AreEqual(2, result.ExitCode, result.ToString());
        Assert.Contains("Usage:", result.Output);
        Assert.Contains("check", result.Output);
        Assert.DoesNotContain("Required command", result.Error);
    }

    [TestMethod]
    [DataRow("--config", "", "--config needs a file name")]
    [DataRow("--baseline", " ", "--baseline needs a file name")]
    [DataRow("--output", "", "--output needs a file name")]
    [DataRow("--config", "folder", "folder: is a folder, not a configuration file")]
    [DataRow("--config", "missing.yaml", "missing.yaml: no such configuration file")]
    [DataRow("--baseline", "folder", "folder: is a folder, not a baseline file")]
    [DataRow("--baseline", "missing.json", "missing.json: no such baseline file")]
    [DataRow("--write-baseline", "folder", "folder: is a folder; name a file to write")]
    [DataRow("--output", "folder", "folder: is a folder; name a file to write")]
    public void FileOptionNamingNothingUsable_IsOneClearError(string option, string value, string message)
    {
        using var folder = new TempFolder();
        folder.Write("server.yaml", SampleRequests.SslServerYaml);
        Directory.CreateDirectory(folder.PathOf("folder"));

        var result = folder.Run("check", "server.yaml", option, value);

        Assert.AreEqual(2, result.ExitCode, result.ToString());
        Assert.HasCount(1, result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), result.ToString());
        Assert.Contains(message, result.Error);
    }
}
