using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using VpnLint.Analyzers.Settings;
using VpnLint.Rules.Catalog;

namespace VpnLint.Analyzers.Tests.Settings;

/// <summary>Which rules count as off for a file, so that their checks do not run; where the settings disagree, a rule stays on.</summary>
[TestClass]
public sealed class RuleSwitchesTests
{
    [TestMethod]
    public void EditorConfigNone_IsOff_OtherSeverities_AreOn()
    {
        var off = Off(editorConfig: new() { [RuleIds.ReservedPort] = ReportDiagnostic.Suppress, [RuleIds.PortOutOfRange] = ReportDiagnostic.Hidden });

        CollectionAssert.AreEqual(new[] { RuleIds.ReservedPort }, off);
    }

    [TestMethod]
    public void GlobalConfigNone_IsOff()
    {
        CollectionAssert.AreEqual(new[] { RuleIds.ReservedPort }, Off(globalConfig: new() { [RuleIds.ReservedPort] = ReportDiagnostic.Suppress }));
    }

    [TestMethod]
    public void NoWarn_IsOff_UnlessTheEditorConfigTurnsTheRuleOn()
    {
        CollectionAssert.AreEqual(new[] { RuleIds.ReservedPort }, Off(noWarn: [RuleIds.ReservedPort]));
        Assert.IsEmpty(Off(noWarn: [RuleIds.ReservedPort], editorConfig: new() { [RuleIds.ReservedPort] = ReportDiagnostic.Warn }));
    }

    [TestMethod]
    public void CategoryOrAllAnalyzersNone_IsOff_ForRulesNothingNames()
    {
        var category = Off(options: new() { ["dotnet_analyzer_diagnostic.category-Transport.severity"] = "none" }, editorConfig: new() { [RuleIds.ReservedPort] = ReportDiagnostic.Error });
        var all = Off(options: new() { ["dotnet_analyzer_diagnostic.severity"] = "none" });

        var transport = RuleCatalog.All.Where(rule => rule.Category == RuleCategory.Transport && rule.Surface.HasFlag(RuleSurface.CSharp)).Select(rule => rule.Id);
        CollectionAssert.AreEquivalent(transport.Where(id => id != RuleIds.ReservedPort).ToList(), category);
        Assert.HasCount(RuleCatalog.All.Count(rule => rule.Surface.HasFlag(RuleSurface.CSharp)), all);
    }

    [TestMethod]
    public void NothingConfigured_EveryRuleIsOn()
    {
        Assert.IsEmpty(Off());
    }

    private static List<string> Off(
        Dictionary<string, ReportDiagnostic>? editorConfig = null,
        Dictionary<string, ReportDiagnostic>? globalConfig = null,
        string[]? noWarn = null,
        Dictionary<string, string>? options = null)
    {
        var tree = CSharpSyntaxTree.ParseText("class C { }", path: "/0/Test0.cs");
        var compilationOptions = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
            .WithSpecificDiagnosticOptions((noWarn ?? []).ToDictionary(id => id, _ => ReportDiagnostic.Suppress))
            .WithSyntaxTreeOptionsProvider(new TreeOptions(tree, editorConfig ?? [], globalConfig ?? []));
        var compilation = CSharpCompilation.Create("Test", [tree], [], compilationOptions);
        return RuleSwitches.Off(compilation, tree, new Options(options ?? []), CancellationToken.None);
    }

    /// <summary>What the compiler makes of <c>dotnet_diagnostic.*.severity</c> in <c>.editorconfig</c> (for the tree) and <c>.globalconfig</c>.</summary>
    private sealed class TreeOptions(SyntaxTree tree, Dictionary<string, ReportDiagnostic> editorConfig, Dictionary<string, ReportDiagnostic> globalConfig) : SyntaxTreeOptionsProvider
    {
        public override GeneratedKind IsGenerated(SyntaxTree syntaxTree, CancellationToken cancellationToken) => GeneratedKind.NotGenerated;

        public override bool TryGetDiagnosticValue(SyntaxTree syntaxTree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
            editorConfig.TryGetValue(diagnosticId, out severity) && syntaxTree == tree;

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
            globalConfig.TryGetValue(diagnosticId, out severity);
    }

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) =>
            values.TryGetValue(key, out value);
    }
}
