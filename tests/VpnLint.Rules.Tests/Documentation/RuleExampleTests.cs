using System.Globalization;
using VpnLint.Rules.Catalog;

namespace VpnLint.Rules.Tests.Documentation;

/// <summary>
/// Every page's examples go through the rule engine: a failing example reports the page's rule; a passing
/// example reports nothing at all. That a failing example's <c>text findings</c> block is exactly what the tool
/// prints is the CLI's tests' (RuleExampleOutputTests), as the block shows the tool's output.
/// </summary>
[TestClass]
public sealed class RuleExampleTests
{
    /// <summary>Rules that apply to C# but cannot be broken by the V2 SDK's typed properties: the compiler stops the code first.</summary>
    private static readonly Dictionary<string, string> NoCSharpExample = new()
    {
        [RuleIds.WrongValueType] = "each property has the page's type, so a value of another type does not compile (CS0029)",
        [RuleIds.UnknownParameter] = "a property the class does not have does not compile (CS0117)",
        [RuleIds.DuplicateKey] = "an object initializer cannot set a property twice (CS1912)",
        [RuleIds.InvalidAnalyzerSetting] = "it is about .editorconfig, whose examples are ```ini``` blocks (the analyzer tests run them)",
    };

    [TestMethod]
    [DynamicData(nameof(RulePages.FileRuleIds), typeof(RulePages))]
    public void Page_HasFailingAndPassingJsonExamples(string ruleId)
    {
        var examples = JsonExamples(ruleId);

        Assert.IsTrue(examples.Any(block => block.IsFailing), "The page has no ```json failing``` example.");
        Assert.IsTrue(examples.Any(block => block.IsPassing), "The page has no ```json passing``` example.");
    }

    [TestMethod]
    [DynamicData(nameof(RulePages.FileRuleIds), typeof(RulePages))]
    public void FailingJsonExamples_ReportTheRule(string ruleId)
    {
        foreach (var block in JsonExamples(ruleId).Where(block => block.IsFailing))
        {
            var findings = JsonExample.Check(block);

            Assert.IsTrue(findings.Any(finding => finding.RuleId == ruleId), $"{block} does not report {ruleId}:\n{Describe(findings)}");
        }
    }

    [TestMethod]
    [DynamicData(nameof(RulePages.FileRuleIds), typeof(RulePages))]
    public void PassingJsonExamples_ReportNothing(string ruleId)
    {
        foreach (var block in JsonExamples(ruleId).Where(block => block.IsPassing))
        {
            var findings = JsonExample.Check(block);

            Assert.IsEmpty(findings, $"{block} reports:\n{Describe(findings)}");
        }
    }

    [TestMethod]
    [DynamicData(nameof(RulePages.RuleIds), typeof(RulePages))]
    public void CSharpExamples_OnlyWhereTheAnalyzersApply(string ruleId)
    {
        var rule = RuleCatalog.Get(ruleId);
        var examples = RulePages.Read(ruleId).CodeBlocks.Where(block => block.Language == "csharp" && block.IsExample).ToList();

        if (!rule.Surface.HasFlag(RuleSurface.CSharp) || NoCSharpExample.ContainsKey(ruleId))
        {
            Assert.IsEmpty(examples, $"{ruleId} has C# examples, but {NoCSharpExample.GetValueOrDefault(ruleId, "the analyzers do not report it")}.");
            return;
        }

        Assert.IsTrue(examples.Any(block => block.IsFailing), "The page has no ```csharp failing``` example.");
        Assert.IsTrue(examples.Any(block => block.IsPassing), "The page has no ```csharp passing``` example.");
        foreach (var block in examples)
        {
            Assert.Contains($"using {CSharpExample.ModelsNamespace};", block.Text, $"{block} uses the V2 SDK's models.");
        }
    }

    [TestMethod]
    [DynamicData(nameof(RulePages.RuleIds), typeof(RulePages))]
    public void CSharpExamples_ReportOnlyTheRuleOrNothing(string ruleId)
    {
        foreach (var block in RulePages.Read(ruleId).CodeBlocks.Where(block => block.Language == "csharp" && block.IsExample))
        {
            var findings = CSharpExample.Check(block);
            if (block.IsFailing)
            {
                Assert.IsTrue(
                    findings.Count > 0 && findings.All(finding => finding.RuleId == ruleId),
                    $"{block} must report {ruleId} and nothing else:\n{Describe(findings)}");
            }
            else
            {
                Assert.IsEmpty(findings, $"{block} reports:\n{Describe(findings)}");
            }
        }
    }

    /// <summary>Findings for a failure message: <c>line:column severity ID: message</c>, one a line.</summary>
    private static string Describe(IEnumerable<Finding> findings) => string.Join('\n', findings.Select(finding =>
        string.Create(CultureInfo.InvariantCulture, $"{finding.Span.StartLine}:{finding.Span.StartColumn} {finding.Severity.ToString().ToLowerInvariant()} {finding.RuleId}: {finding.Message}")));

    private static List<CodeBlock> JsonExamples(string ruleId) =>
        RulePages.Read(ruleId).CodeBlocks.Where(block => block.Language == "json" && block.IsExample).ToList();
}
