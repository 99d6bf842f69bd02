using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using VpnLint.Analyzers.Reporting;
using VpnLint.Analyzers.Tests.Support;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Tests.Documentation;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Analyzers.Tests;

/// <summary>
/// Every C# example of a rule page, compiled against the SDK stubs and run through the real analyzer: it
/// compiles, a failing example draws the page's rule, and a passing one does not.
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
            options[ContextOptions.VpcCidrs] = cidrs;
        }

        if (example.Option("sslConnections") is { } connections)
        {
            options[ContextOptions.SslConnections] = connections;
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
