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
    public void RulesAsJson_HoldsEveryFieldOfTheCatalogue()
    {
        var result = Vpnlint.Run(Repository.Root, "rules", "--format", "json");

        Assert.AreEqual(0, result.ExitCode, result.Error);
        using var document = System.Text.Json.JsonDocument.Parse(result.Output);
        var rules = document.RootElement.GetProperty("rules").EnumerateArray().ToList();
        Assert.AreEqual(1, document.RootElement.GetProperty("version").GetInt32());
        CollectionAssert.AreEqual(RuleCatalog.All.Select(rule => rule.Id).ToList(), rules.Select(rule => rule.GetProperty("id").GetString()).ToList());
        var vpn102 = rules.Single(rule => rule.GetProperty("id").GetString() == "VPN102");
        Assert.AreEqual("error", vpn102.GetProperty("severity").GetString());
        Assert.AreEqual("ClientIpPool.NetmaskInvalid", vpn102.GetProperty("errorCodes")[0].GetString());
        Assert.IsTrue(vpn102.GetProperty("fixable").GetBoolean());
        CollectionAssert.AreEqual(new[] { "files", "C#" }, vpn102.GetProperty("appliesTo").EnumerateArray().Select(item => item.GetString()).ToArray());
        Assert.AreEqual("SSL-C", vpn102.GetProperty("pages")[0].GetProperty("page").GetString());
        Assert.AreEqual(RuleCatalog.Get("VPN102").HelpUri, vpn102.GetProperty("helpUri").GetString());
    }

    [TestMethod]
    [DataRow(new[] { "rules", "--fromat", "json" }, "--fromat is not an option of rules (did you mean --format?); `vpnlint rules --help` lists them", "Run 'vpnlint rules --help' for usage.")]
    [DataRow(new[] { "rules", "--format", "yaml" }, "--format yaml: use text or json", "Run 'vpnlint rules --help' for usage.")]
    [DataRow(new[] { "rules", "extra" }, "rules takes no argument, not extra; `vpnlint rules --help` says what it takes", "Run 'vpnlint rules --help' for usage.")]
    [DataRow(new[] { "explain" }, "explain needs its rule argument: A rule ID, such as VPN200", "Run 'vpnlint explain --help' for usage.")]
    [DataRow(new[] { "explain", "VPN200", "VPN201" }, "VPN201 is one argument too many for explain; `vpnlint explain --help` says what it takes", "Run 'vpnlint explain --help' for usage.")]
    [DataRow(new[] { "chek", "." }, "chek is not a command of vpnlint (did you mean check?); `vpnlint --help` lists them", "Run 'vpnlint --help' for usage.")]
    public void UsageError_OfAnyCommand_IsSaidInTheStyleOfChecks(string[] args, string message, string footer)
    {
        var result = Vpnlint.Run(Repository.Root, args);

        Assert.AreEqual(2, result.ExitCode);
        Assert.AreEqual("vpnlint: error: " + message, result.Error.Split('\n')[0]);
        Assert.Contains(footer, result.Error);
        Assert.DoesNotContain("Unrecognized command or argument", result.Error);
        Assert.DoesNotContain("Required argument missing", result.Error);
    }

    [TestMethod]
    public void Explain_WithMarkdown_PrintsTheRulePageAsItIs()
    {
        var result = Vpnlint.Run(Repository.Root, "explain", "vpn200", "--markdown");

        Assert.AreEqual(0, result.ExitCode);
        Assert.AreEqual(File.ReadAllText(Repository.PathOf("docs", "rules", "VPN200.md")).ReplaceLineEndings("\n"), result.Output);
    }

    [TestMethod]
    public void Explain_RendersThePageForATerminal()
    {
        var result = Vpnlint.Run(Repository.Root, "explain", "VPN107");

        Assert.AreEqual(0, result.ExitCode);
        const string title = "VPN107: The client CIDR overlaps the VPC's CIDR blocks or routes";
        Assert.StartsWith($"{title}\n{new string('=', title.Length)}\n\nID                VPN107\nCategory          Addressing\n", result.Output);
        Assert.Contains("\nCause\n-----\n", result.Output);
        Assert.Contains("CreateIpsecServer (the page Virtual Private Cloud: CreateIpsecServer): \"The client CIDR block must not overlap", result.Output);
        Assert.Contains("\n    {\n      \"context\": { \"vpcCidrs\": [\"10.0.0.0/16\", \"172.16.0.0/16\"] },\n", result.Output);
        Assert.Contains("in a bundle, as context.vpcCidrs beside the requests", result.Output);
    }

    [TestMethod]
    public void Explain_OfEveryRule_HasNoLinkThatCannotOpen_NorMarkdownSyntax()
    {
        foreach (var rule in RuleCatalog.All)
        {
            var output = Vpnlint.Run(Repository.Root, "explain", rule.Id).Output;

            foreach (var markup in new[] { "](", "```", "**V", "**C", "`", "| ---", "_1f74d0483332064c", ".txt" })
            {
                Assert.DoesNotContain(markup, output, $"{rule.Id}: {markup}");
            }

            Assert.StartsWith($"{rule.Id}: {rule.Title}\n", output);
        }
    }

    [TestMethod]
    public void Explain_LinkToAnotherRuleOrFile_NamesItSoItCanBeFound()
    {
        var output = Vpnlint.Run(Repository.Root, "explain", "VPN007").Output;

        Assert.Contains("(the second is VPN005's)", output);
        Assert.DoesNotContain("VPN005.md", output);
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
