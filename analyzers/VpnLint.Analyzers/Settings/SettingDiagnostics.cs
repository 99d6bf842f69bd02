using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using VpnLint.Analyzers.Descriptors;
using VpnLint.Rules.Checks.Requests;

namespace VpnLint.Analyzers.Settings;

/// <summary>
/// VPN008 for every <c>vpnlint.</c> setting the analyzers cannot use, of <c>.globalconfig</c> and of the
/// <c>.editorconfig</c> sections that apply to the compilation's files: once per key and value, however
/// many files a section covers, as a diagnostic of the compilation, without a location.
/// </summary>
internal static class SettingDiagnostics
{
    public static void Report(CompilationAnalysisContext context)
    {
        var provider = context.Options.AnalyzerConfigOptionsProvider;

        // Each set of options is read once (files no section applies to share the compiler's empty one), and
        // each key and value reported once however many files' options hold it.
        var read = new HashSet<AnalyzerConfigOptions>();
        var reported = new HashSet<(string Key, string Value)>();
        Report(context, provider.GlobalOptions, read, reported);
        foreach (var tree in context.Compilation.SyntaxTrees)
        {
            Report(context, provider.GetOptions(tree), read, reported);
        }
    }

    private static void Report(CompilationAnalysisContext context, AnalyzerConfigOptions options, HashSet<AnalyzerConfigOptions> read, HashSet<(string Key, string Value)> reported)
    {
        if (!read.Add(options))
        {
            return;
        }

        foreach (var key in KeysOf(options))
        {
            if (key.StartsWith(InvalidAnalyzerSetting.Prefix, StringComparison.OrdinalIgnoreCase) &&
                options.TryGetValue(key, out var value) &&
                InvalidAnalyzerSetting.Problem(key, value) is { } problem &&
                reported.Add((key.ToLowerInvariant(), value.Trim())))
            {
                context.ReportDiagnostic(Diagnostic.Create(VpnLintDescriptors.InvalidAnalyzerSetting, Location.None, [.. problem]));
            }
        }
    }

    /// <summary>The keys the options hold; none from a host whose options cannot list them (Keys is virtual and throws by default).</summary>
    private static IEnumerable<string> KeysOf(AnalyzerConfigOptions options)
    {
        try
        {
            return options.Keys;
        }
        catch (NotImplementedException)
        {
            return [];
        }
    }
}
