using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;

namespace VpnLint.Analyzers.Tests.Support;

/// <summary>
/// Runs the analyzer on a compilation directly, for what the verifier does not show: every diagnostic
/// whatever the code's compiler errors, every exception the analyzer throws (which a build reports as
/// AD0001), and what the analyzer registered with the driver.
/// </summary>
internal static class AnalyzerRun
{
    public static async Task<(ImmutableArray<Diagnostic> Diagnostics, IReadOnlyCollection<Exception> Exceptions)> RunAsync(
        string source,
        IReadOnlyDictionary<string, string>? globalOptions = null)
    {
        var run = await RunAsync(new SdkRequestAnalyzer(), [source], globalOptions).ConfigureAwait(false);
        return (run.Diagnostics, run.Exceptions);
    }

    /// <param name="analyzer">The analyzer to run, with its probe when the test counts its work.</param>
    /// <param name="sources">One file each.</param>
    /// <param name="globalOptions">The options every file gets, as from a <c>.globalconfig</c>.</param>
    /// <param name="compilationOptions">The project's options (such as NoWarn's suppressions); a library's by default.</param>
    /// <param name="referenceSdk">False for a compilation that does not reference the SDK.</param>
    public static async Task<Result> RunAsync(
        DiagnosticAnalyzer analyzer,
        IReadOnlyList<string> sources,
        IReadOnlyDictionary<string, string>? globalOptions = null,
        CSharpCompilationOptions? compilationOptions = null,
        bool referenceSdk = true)
    {
        var trees = sources.Select((source, index) => CSharpSyntaxTree.ParseText(source, path: $"/0/Test{index}.cs")).ToList();
        var compilation = CSharpCompilation.Create(
            "Test",
            trees,
            referenceSdk ? [.. SdkStubs.Framework, SdkStubs.Reference] : SdkStubs.Framework,
            compilationOptions ?? new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var exceptions = new ConcurrentBag<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([], new GlobalOptionsProvider(globalOptions ?? new Dictionary<string, string>())),
            onAnalyzerException: (exception, _, _) => exceptions.Add(exception),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var withAnalyzers = compilation.WithAnalyzers([analyzer], options);
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync().ConfigureAwait(false);
        var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).ConfigureAwait(false);
        return new Result(diagnostics, exceptions, telemetry);
    }

    public sealed record Result(ImmutableArray<Diagnostic> Diagnostics, IReadOnlyCollection<Exception> Exceptions, AnalyzerTelemetryInfo Telemetry);

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
        public override IEnumerable<string> Keys => values.Keys;

        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) =>
            values.TryGetValue(key, out value);
    }
}
