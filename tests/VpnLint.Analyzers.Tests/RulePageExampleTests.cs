using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using VpnLint.Analyzers.Tests.Support;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Checks.Requests;
using VpnLint.Rules.Tests.Documentation;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Analyzers.Tests;

/// <summary>
/// Every C# example of a rule page, compiled against the SDK stubs and run through the real analyzer: it
/// compiles, a failing example draws the page's rule, and a passing one does not. A page's
/// <c>.editorconfig</c> examples (<c>ini</c> blocks) are given to the analyzer as the settings of code
/// that builds a request, and draw exactly the diagnostics their findings block lists.
/// </summary>
[TestClass]
public sealed class RulePageExampleTests
{
    public static IEnumerable<object[]> PagesWithCSharpExamples() =>
        RuleCatalog.All
            .Where(rule => rule.Surface.HasFlag(RuleSurface.CSharp))
            .Select(rule => rule.Id)
            .Where(id => Examples(id).Any())
            .Select(id => new object[] { id });

    [TestMethod]
    [DynamicData(nameof(PagesWithCSharpExamples))]
    public async Task CSharpExamples_CompileAndDrawThePagesRuleOnlyWhenFailing(string ruleId)
    {
        foreach (var example in Examples(ruleId))
        {
            var source = Wrap(example.Text);
            var (diagnostics, exceptions) = await AnalyzerRun.RunAsync(source, AnalyzerOptions(example));
            var errors = CompilerErrors(source);

            Assert.IsEmpty(errors, $"{ruleId}.md line {example.Line} does not compile: {string.Join("; ", errors)}");
            Assert.IsEmpty(exceptions, $"{ruleId}.md line {example.Line}: the analyzer threw");
            var reported = diagnostics.Where(diagnostic => diagnostic.Id == ruleId).ToList();
            if (example.IsFailing)
            {
                Assert.IsNotEmpty(reported, $"{ruleId}.md line {example.Line} is marked failing, but the analyzer reports no {ruleId}.");
            }
            else
            {
                Assert.IsEmpty(reported, $"{ruleId}.md line {example.Line} is marked passing, but the analyzer reports: {string.Join("; ", reported)}");
            }
        }
    }

    public static IEnumerable<object[]> PagesWithSettingExamples() =>
        RuleCatalog.All
            .Where(rule => rule.Surface.HasFlag(RuleSurface.CSharp))
            .Select(rule => rule.Id)
            .Where(id => CodeBlocks(id).Any(IsSettingExample))
            .Select(id => new object[] { id });

    [TestMethod]
    public void SettingExamples_ArePagesOfRulesAboutSettings() =>
        CollectionAssert.AreEqual(new[] { RuleIds.InvalidAnalyzerSetting }, PagesWithSettingExamples().Select(row => (string)row[0]).ToArray());

    [TestMethod]
    [DynamicData(nameof(PagesWithSettingExamples))]
    public async Task SettingExamples_DrawWhatTheirFindingsBlockLists(string ruleId)
    {
        const string code = "using AlibabaCloud.SDK.Vpc20160428.Models;\n\nvar request = new CreateSslVpnServerRequest { ClientIpPool = \"192.168.0.0/24\" };";
        var blocks = CodeBlocks(ruleId);
        for (var index = 0; index < blocks.Count; index++)
        {
            var example = blocks[index];
            if (!IsSettingExample(example))
            {
                continue;
            }

            var (diagnostics, exceptions) = await AnalyzerRun.RunAsync(Wrap(code), Settings(example));
            var reported = diagnostics.Where(diagnostic => diagnostic.Id == ruleId).Select(Describe).Order(StringComparer.Ordinal).ToList();

            Assert.IsEmpty(exceptions, $"{ruleId}.md line {example.Line}: the analyzer threw");
            Assert.IsTrue(diagnostics.Where(diagnostic => diagnostic.Id == ruleId).All(diagnostic => diagnostic.Location == Location.None), "A setting's diagnostic has no place in the code.");
            if (example.IsFailing)
            {
                var findings = index + 1 < blocks.Count && blocks[index + 1].IsFindings ? blocks[index + 1] : null;
                Assert.IsNotNull(findings, $"{ruleId}.md line {example.Line} is not followed by a ```text findings``` block; it would be:\n{string.Join("\n", reported)}");
                CollectionAssert.AreEqual(findings.Text.Split('\n').Order(StringComparer.Ordinal).ToList(), reported, $"{ruleId}.md line {example.Line}");
            }
            else
            {
                Assert.IsEmpty(reported, $"{ruleId}.md line {example.Line} is marked passing, but the analyzer reports: {string.Join("; ", reported)}");
            }
        }
    }

    private static bool IsSettingExample(CodeBlock block) => block.Language == "ini" && block.IsExample;

    /// <summary>The <c>key = value</c> lines of an <c>.editorconfig</c> example, as a <c>.globalconfig</c> gives them to every file.</summary>
    private static Dictionary<string, string> Settings(CodeBlock example)
    {
        var settings = new Dictionary<string, string>();
        foreach (var line in example.Text.Split('\n'))
        {
            var separator = line.IndexOf('=', StringComparison.Ordinal);
            if (separator > 0 && !line.StartsWith('[') && !line.StartsWith('#'))
            {
                settings[line[..separator].Trim()] = line[(separator + 1)..].Trim();
            }
        }

        return settings;
    }

    private static string Describe(Diagnostic diagnostic) =>
        $"{diagnostic.Severity.ToString().ToLowerInvariant()} {diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";

    private static List<CodeBlock> CodeBlocks(string ruleId) =>
        MarkdownFile.Read(Repository.PathOf("docs", "rules", ruleId + ".md")).CodeBlocks.ToList();

    private static IEnumerable<CodeBlock> Examples(string ruleId) =>
        MarkdownFile.Read(Repository.PathOf("docs", "rules", ruleId + ".md")).CodeBlocks
            .Where(block => block.Language == "csharp" && (block.IsFailing || block.IsPassing));

    /// <summary>
    /// The <c>.editorconfig</c> options an example's info string stands for: <c>vpcCidrs=</c> and
    /// <c>sslConnections=</c>, as the pages write them for the file checker's bundle context.
    /// </summary>
    private static Dictionary<string, string> AnalyzerOptions(CodeBlock example)
    {
        var options = new Dictionary<string, string>();
        if (example.Option("vpcCidrs") is { } cidrs)
        {
            options[InvalidAnalyzerSetting.VpcCidrs] = cidrs;
        }

        if (example.Option("sslConnections") is { } connections)
        {
            options[InvalidAnalyzerSetting.SslConnections] = connections;
        }

        return options;
    }

    /// <summary>
    /// A page's snippet as a method of a class, with what it may name in scope: the SDK clients, and the
    /// <c>settings</c> and <c>secrets</c> the pages read values from that the code cannot know.
    /// </summary>
    private static string Wrap(string snippet)
    {
        var lines = snippet.ReplaceLineEndings("\n").Split('\n');
        var usings = lines.TakeWhile(line => line.StartsWith("using ", StringComparison.Ordinal) || line.Length == 0).ToList();
        var body = lines.Skip(usings.Count);
        return $$"""
            using System;
            using AlibabaCloud.SDK.Vpc20160428;
            using Aliyun.Acs.Core;
            {{string.Join("\n", usings)}}

            public static class Example
            {
                public static void Run(Client client, IAcsClient acsClient, dynamic settings, dynamic secrets)
                {
            {{string.Join("\n", body)}}
                }
            }
            """;
    }

    private static List<string> CompilerErrors(string source)
    {
        var compilation = CSharpCompilation.Create(
            "Example",
            [CSharpSyntaxTree.ParseText(source)],
            [.. SdkStubs.Framework, SdkStubs.Reference],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        return compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).Select(diagnostic => diagnostic.ToString()).ToList();
    }
}
