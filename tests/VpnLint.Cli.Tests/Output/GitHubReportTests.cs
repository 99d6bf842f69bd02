using System.Text.RegularExpressions;
using VpnLint.Cli.Output;
using VpnLint.Cli.Tests.Support;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Cli.Tests.Output;

/// <summary>GitHub's workflow commands, as its documentation gives them: <c>::error file={name},line={line},endLine={endLine},col={col},endColumn={endColumn},title={title}::{message}</c>.</summary>
[TestClass]
public sealed partial class GitHubReportTests
{
    [TestMethod]
    public void EveryFinding_IsAWorkflowCommandOfTheDocumentedShape_ThenTheSummary()
    {
        var result = Vpnlint.Run(Repository.Root, "check", "samples/requests", "--format", "github");

        var lines = result.OutputLines;
        Assert.AreEqual(1, result.ExitCode, result.Error);
        Assert.HasCount(60, lines[..^1]);
        foreach (var line in lines[..^1])
        {
            Assert.IsTrue(Command().IsMatch(line), line);
        }

        Assert.AreEqual("36 errors, 24 warnings in 23 files (4 findings suppressed)", lines[^1]);
    }

    [TestMethod]
    public void Finding_NamesItsFileSpanAndRule()
    {
        using var folder = new TempFolder();
        folder.Write("infra/server.yaml", SampleRequests.SslServerYaml.Replace("Port: 1194", "Port: 22", StringComparison.Ordinal).Replace("LocalSubnet: 10.0.0.0/8", "LocalSubnet: 10.0.0.1/8", StringComparison.Ordinal));

        var lines = folder.Run("check", ".", "--format", "github", "--severity", "VPN101=note").OutputLines;

        Assert.AreEqual("::notice file=infra/server.yaml,line=5,endLine=5,col=14,endColumn=23,title=VPN101::LocalSubnet 10.0.0.1/8 has host bits set: it means 10.0.0.0/8; write 10.0.0.0/8", lines[0]);
        Assert.StartsWith("::error file=infra/server.yaml,line=6,endLine=6,col=7,endColumn=8,title=VPN301::Port 22 is reserved by the service", lines[1]);
    }

    [TestMethod]
    public void FindingOverSeveralLines_HasNoColumns()
    {
        using var folder = new TempFolder();
        folder.Write("server.yaml", "Action: CreateSslVpnServer\nRegionId: cn-hangzhou\nVpnGatewayId: vpn-1\nLocalSubnet: 10.0.0.0/8\n");

        var line = folder.Run("check", ".", "--format", "github").OutputLines[0];

        Assert.AreEqual("::error file=server.yaml,line=1,endLine=4,title=VPN003::ClientIpPool is missing: CreateSslVpnServer requires it; for example 192.168.1.0/24 [MissingParameter]", line);
    }

    [TestMethod]
    public void PercentLineBreaksColonsAndCommas_AreEscapedAsTheRunnerReadsThem()
    {
        Assert.AreEqual("100%25 a%0D%0Ab: c, d", GitHubReport.Data("100% a\r\nb: c, d"));
        Assert.AreEqual("a%3A b%2C c%25%0A", GitHubReport.Property("a: b, c%\n"));
    }

    [TestMethod]
    public void FileNameWithACommaOrColon_StaysOneProperty()
    {
        using var folder = new TempFolder();
        folder.Write("a,b:c.yaml", SampleRequests.SslServerYaml.Replace("Port: 1194", "Port: 22", StringComparison.Ordinal));

        var line = folder.Run("check", ".", "--format", "github").OutputLines[0];

        Assert.StartsWith("::error file=a%2Cb%3Ac.yaml,line=6,", line);
    }

    [GeneratedRegex(@"^::(error|warning|notice) file=[^,:]+,line=\d+,endLine=\d+(,col=\d+,endColumn=\d+)?,title=VPN\d{3}::[^\r\n]+$")]
    private static partial Regex Command();
}
