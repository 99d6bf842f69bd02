using VpnLint.Cli.Tests.Support;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Cli.Tests.Commands;

[TestClass]
public sealed class CatalogCommandTests
{
    [TestMethod]
    public void Rules_ListsEveryRuleWithSeverityPagesAndErrorCode()
    {
        var result = Vpnlint.Run(Repository.Root, "rules");

        Assert.AreEqual(0, result.ExitCode);
        Assert.HasCount(RuleCatalog.All.Count + 1, result.OutputLines);
        Assert.MatchesRegex(@"^VPN102\s+error\s+Client CIDR prefix length must be 16 to 29\s+SSL-C,SSL-M,IPS\s+ClientIpPool\.NetmaskInvalid$", result.OutputLines.Single(line => line.StartsWith("VPN102", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void Explain_PrintsTheRulePage_OrSaysItIsMissing()
    {
        var result = Vpnlint.Run(Repository.Root, "explain", "vpn200");

        Assert.AreEqual(0, result.ExitCode);
        var page = Repository.PathOf("docs", "rules", "VPN200.md");
        if (File.Exists(page))
        {
            Assert.AreEqual(File.ReadAllText(page).ReplaceLineEndings("\n"), result.Output);
        }
        else
        {
            Assert.StartsWith("VPN200: The client CIDR is too small for the gateway's connection limit\n", result.Output);
            Assert.Contains("has no page docs/rules/VPN200.md", result.Output);
        }
    }

    [TestMethod]
    public void Explain_UnknownRule_ExitsTwo()
    {
        var result = Vpnlint.Run(Repository.Root, "explain", "VPN999");

        Assert.AreEqual(2, result.ExitCode);
        Assert.Contains("there is no rule VPN999", result.Error);
    }

    [TestMethod]
    public void Version_PrintsTheToolVersion()
    {
        var result = Vpnlint.Run(Repository.Root, "--version");

        Assert.AreEqual(0, result.ExitCode);
        Assert.StartsWith("0.1.0", result.Output);
    }

    [TestMethod]
    public void Schema_WritesTheCommittedSchemas()
    {
        using var folder = new TempFolder();

        var result = folder.Run("schema", "--output", "out");

        Assert.AreEqual(0, result.ExitCode);
        foreach (var file in Directory.GetFiles(Repository.PathOf("schema")))
        {
            Assert.AreEqual(File.ReadAllText(file), folder.Read(Path.Combine("out", Path.GetFileName(file))), file);
        }
    }

    [TestMethod]
    public void Schema_OutputThatIsAFile_IsAClearError()
    {
        using var folder = new TempFolder();
        folder.Write("taken", "not a folder");

        var onFile = Vpnlint.Run(folder.Path, "schema", "--output", "taken");
        var underFile = Vpnlint.Run(folder.Path, "schema", "--output", "taken/schemas");

        Assert.AreEqual(2, onFile.ExitCode, onFile.ToString());
        Assert.Contains("taken: is a file; --output names the folder to write the schemas to", onFile.Error);
        Assert.AreEqual(2, underFile.ExitCode, underFile.ToString());
        Assert.Contains("cannot write the schemas", underFile.Error);
        Assert.DoesNotContain("please report it", onFile.Error + underFile.Error);
        Assert.AreEqual("not a folder", folder.Read("taken"));
    }

    [TestMethod]
    public void Schema_EmptyOutput_IsAUsageError_AndWritesNothing()
    {
        using var folder = new TempFolder();

        var result = Vpnlint.Run(folder.Path, "schema", "--output", "");

        Assert.AreEqual(2, result.ExitCode, result.ToString());
        Assert.Contains("--output needs a folder name", result.Error);
        Assert.IsEmpty(Directory.GetFileSystemEntries(folder.Path));
    }
}
