using VpnLint.Cli.Tests.Support;
using VpnLint.Rules.Tests.Documentation;

namespace VpnLint.Cli.Tests.Documentation;

/// <summary>
/// Every rule page's JSON examples, run through the tool as a user would run them (<c>vpnlint check example.json</c>):
/// each failing example is followed by a <c>text findings</c> block that is exactly the command and what it prints;
/// each passing example prints no finding.
/// </summary>
[TestClass]
public sealed class RuleExampleOutputTests
{
    private const string ExampleFile = "example.json";
    private const string Command = "$ vpnlint check " + ExampleFile + "\n";

    [TestMethod]
    [DynamicData(nameof(RulePages.FileRuleIds), typeof(RulePages))]
    public void FailingExample_IsFollowedByExactlyWhatTheToolPrints(string ruleId)
    {
        var blocks = RulePages.Read(ruleId).CodeBlocks;
        var failing = 0;
        for (var index = 0; index < blocks.Count; index++)
        {
            if (blocks[index].Language != "json" || !blocks[index].IsFailing)
            {
                continue;
            }

            failing++;
            var printed = (Command + Check(blocks[index]).Output).TrimEnd('\n');
            var next = index + 1 < blocks.Count ? blocks[index + 1] : null;
            Assert.IsTrue(next?.IsFindings ?? false, $"{blocks[index]} is not followed by a ```text findings``` block; it would be:\n{printed}");
            Assert.AreEqual(printed, next!.Text, $"The findings block after {blocks[index]}");
        }

        Assert.IsGreaterThan(0, failing, $"{ruleId}'s page has no failing JSON example.");
    }

    [TestMethod]
    [DynamicData(nameof(RulePages.FileRuleIds), typeof(RulePages))]
    public void PassingExample_PrintsNoFinding(string ruleId)
    {
        foreach (var block in RulePages.Read(ruleId).CodeBlocks.Where(block => block.Language == "json" && block.IsPassing))
        {
            var result = Check(block);

            Assert.AreEqual("0 errors, 0 warnings in 1 file\n", result.Output, $"{block}:\n{result}");
            Assert.AreEqual(0, result.ExitCode, $"{block}:\n{result}");
        }
    }

    private static CommandResult Check(CodeBlock block)
    {
        using var folder = new TempFolder();
        folder.Write(ExampleFile, block.Text + "\n");
        return folder.Run("check", ExampleFile);
    }
}
