using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace VpnLint.Analyzers.Tests.Support;

/// <summary>
/// Runs the analyzer on a compilation directly, for what the verifier does not show: every diagnostic
/// whatever the code's compiler errors, and every exception the analyzer throws (which a build reports as AD0001).
/// </summary>
internal static class AnalyzerRun
{
    public static async Task<(ImmutableArray<Diagnostic> Diagnostics, IReadOnlyCollection<Exception> Exceptions)> RunAsync(
        string source,
        IReadOnlyDictionary<string, string>? globalOptions = null)
    {
        var tree = CSharpSyntaxTree.ParseText(source, path: "/0/Test0.cs");
        var compilation = CSharpCompilation.Create(
            "Test",
            [tree],
            [.. SdkStubs.Framework, SdkStubs.Reference],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var exceptions = new ConcurrentBag<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([], new GlobalOptionsProvider(globalOptions ?? new Dictionary<string, string>())),
            onAnalyzerException: (exception, _, _) => exceptions.Add(exception),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers([new SdkRequestAnalyzer()], options).GetAnalyzerDiagnosticsAsync().ConfigureAwait(false);
        return (diagnostics, exceptions);
    }

    /// <summary>The options a <c>.globalconfig</c> gives every file, without writing one.</summary>
    private sealed class GlobalOptionsProvider(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptionsProvider
    {
        private readonly Options options = new(values);

        public override AnalyzerConfigOptions GlobalOptions => options;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => options;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => options;
    }

    private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) =>
            values.TryGetValue(key, out value);
    }
}
