using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using VpnLint.Analyzers.Tests.Support;
using VpnLint.CodeFixes;
using VpnLint.Rules.Catalog;

namespace VpnLint.Analyzers.Tests;

/// <summary>
/// Fix All as <c>dotnet format analyzers --diagnostics VPN200</c> asks for it: from the first finding of
/// the rule, with that finding's code action's equivalence key, which is none when the finding has no fix.
/// </summary>
[TestClass]
public sealed class ReplacementFixAllTests
{
    private const string Source = """
        using AlibabaCloud.SDK.Vpc20160428.Models;

        class C
        {
            const string Office = "192.168.0.0/28";

            void FromAConst() => _ = new CreateSslVpnServerRequest { ClientIpPool = Office };

            void FromALiteral() => _ = new CreateSslVpnServerRequest { ClientIpPool = "192.168.1.0/28" };

            void FromAnotherLiteral() => _ = new CreateSslVpnServerRequest { ClientIpPool = "192.168.2.0/29" };
        }
        """;

    [TestMethod]
    public async Task FirstFindingWithoutAFix_FixAllStillFixesTheOthers_AndLeavesIt()
    {
        var document = CreateDocument(Source);
        var diagnostics = await DiagnosticsAsync(document, RuleIds.ClientPoolTooSmall);
        var fixer = new ReplacementCodeFixProvider();
        Assert.HasCount(3, diagnostics);

        CodeAction? first = null;
        await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostics[0], (action, _) => first ??= action, CancellationToken.None));
        Assert.IsNull(first, "The first finding, from a const, has no fix: dotnet format then asks with no equivalence key.");

        var context = new FixAllContext(document, fixer, FixAllScope.Solution, codeActionEquivalenceKey: null!, [RuleIds.ClientPoolTooSmall], new Diagnostics(diagnostics), CancellationToken.None);
        var fixAll = await fixer.GetFixAllProvider().GetFixAsync(context);

        Assert.IsNotNull(fixAll, "A Fix All action, as dotnet format needs one to go on.");
        var operations = await fixAll.GetOperationsAsync(CancellationToken.None);
        var changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution.GetDocument(document.Id)!;
        var text = (await changed.GetTextAsync()).ToString();
        Assert.AreEqual(Source.Replace("\"192.168.1.0/28\"", "\"192.168.1.0/27\"", StringComparison.Ordinal).Replace("\"192.168.2.0/29\"", "\"192.168.2.0/27\"", StringComparison.Ordinal), text);
    }

    [TestMethod]
    public async Task OnlyFindingsWithoutAFix_FixAllChangesNothing()
    {
        var source = Source[..Source.IndexOf("    void FromALiteral", StringComparison.Ordinal)] + "}\n";
        var document = CreateDocument(source);
        var diagnostics = await DiagnosticsAsync(document, RuleIds.ClientPoolTooSmall);
        var fixer = new ReplacementCodeFixProvider();

        var context = new FixAllContext(document, fixer, FixAllScope.Document, codeActionEquivalenceKey: null!, [RuleIds.ClientPoolTooSmall], new Diagnostics(diagnostics), CancellationToken.None);
        var fixAll = await fixer.GetFixAllProvider().GetFixAsync(context);
        var operations = fixAll is null ? [] : await fixAll.GetOperationsAsync(CancellationToken.None);
        var changed = operations.OfType<ApplyChangesOperation>().SingleOrDefault()?.ChangedSolution.GetDocument(document.Id) ?? document;

        Assert.AreEqual(source, (await changed.GetTextAsync()).ToString());
    }

    private static Document CreateDocument(string source)
    {
        var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(), VersionStamp.Default, "Test", "Test", LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary),
            metadataReferences: [.. SdkStubs.Framework, SdkStubs.Reference]));
        return workspace.AddDocument(project.Id, "Test0.cs", SourceText.From(source));
    }

    private static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(Document document, string ruleId)
    {
        var compilation = (await document.Project.GetCompilationAsync())!;
        var diagnostics = await compilation.WithAnalyzers([new SdkRequestAnalyzer()]).GetAnalyzerDiagnosticsAsync();
        return [.. diagnostics.Where(diagnostic => diagnostic.Id == ruleId).OrderBy(diagnostic => diagnostic.Location.SourceSpan.Start)];
    }

    /// <summary>The diagnostics dotnet format found, handed to Fix All as its analysis result.</summary>
    private sealed class Diagnostics(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>([]);
    }
}
