using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using VpnLint.Analyzers.Descriptors;

namespace VpnLint.Analyzers.Settings;

/// <summary>
/// Which of VpnLint's rules are switched off for one syntax tree, so that the rule engine skips their
/// checks (as Roslynator's IsEffective does): a rule is off when its effective severity is none, by
/// <c>dotnet_diagnostic.VPNnnn.severity</c> in <c>.editorconfig</c> or <c>.globalconfig</c>, by the
/// project's <c>NoWarn</c> or rule set, or, when nothing names the rule, by
/// <c>dotnet_analyzer_diagnostic.category-Name.severity</c> or <c>dotnet_analyzer_diagnostic.severity</c>.
/// Where two of them disagree the rule counts as on: a skipped check must never be one the compiler
/// would have shown.
/// </summary>
internal static class RuleSwitches
{
    private const string AllAnalyzers = "dotnet_analyzer_diagnostic.severity";

    // The categories' severity keys, and the category of each descriptor of VpnLintDescriptors.All: each
    // tree's options are asked once per category, not once per rule.
    private static readonly string[] CategoryKeys = [.. VpnLintDescriptors.All.Select(CategoryKey).Distinct(StringComparer.Ordinal)];
    private static readonly int[] CategoryOf = [.. VpnLintDescriptors.All.Select(descriptor => Array.IndexOf(CategoryKeys, CategoryKey(descriptor)))];

    public static List<string> Off(Compilation compilation, SyntaxTree tree, AnalyzerConfigOptions options, CancellationToken cancellationToken)
    {
        var categoryNone = new bool?[CategoryKeys.Length];
        for (var category = 0; category < CategoryKeys.Length; category++)
        {
            categoryNone[category] = IsNone(options, CategoryKeys[category]);
        }

        var allNone = IsNone(options, AllAnalyzers);
        var off = new List<string>();
        var descriptors = VpnLintDescriptors.All;
        for (var index = 0; index < descriptors.Length; index++)
        {
            if (IsOff(descriptors[index], categoryNone[CategoryOf[index]] ?? allNone, compilation, tree, cancellationToken))
            {
                off.Add(descriptors[index].Id);
            }
        }

        return off;
    }

    /// <summary>The rule's own severity decides; else <paramref name="analyzersNone"/>, what its category's or all analyzers' severity says; else its default.</summary>
    private static bool IsOff(DiagnosticDescriptor descriptor, bool? analyzersNone, Compilation compilation, SyntaxTree tree, CancellationToken cancellationToken)
    {
        var id = descriptor.Id;
        ReportDiagnostic? configured = null;
        if (compilation.Options.SyntaxTreeOptionsProvider is { } provider &&
            (provider.TryGetDiagnosticValue(tree, id, cancellationToken, out var report) || provider.TryGetGlobalDiagnosticValue(id, cancellationToken, out report)))
        {
            configured = report;
        }

        ReportDiagnostic? project = compilation.Options.SpecificDiagnosticOptions.TryGetValue(id, out var specific) ? specific : null;
        if (configured is not null || project is not null)
        {
            return (configured ?? ReportDiagnostic.Suppress) == ReportDiagnostic.Suppress && (project ?? ReportDiagnostic.Suppress) == ReportDiagnostic.Suppress;
        }

        return analyzersNone ?? !descriptor.IsEnabledByDefault;
    }

    private static string CategoryKey(DiagnosticDescriptor descriptor) => $"dotnet_analyzer_diagnostic.category-{descriptor.Category}.severity";

    private static bool? IsNone(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out var severity) ? string.Equals(severity.Trim(), "none", StringComparison.OrdinalIgnoreCase) : null;
}
