using Microsoft.CodeAnalysis;
using VpnLint.Rules;
using VpnLint.Rules.Catalog;

namespace VpnLint.Analyzers.Descriptors;

/// <summary>
/// The one place a <see cref="DiagnosticDescriptor"/> is built. Callers pass only the rule's ID constant,
/// so that release tracking (RS2000-RS2008) reads it from their field initializers; the title, message,
/// category, severity, description, help link and tags come from the rule catalogue, never restated.
/// </summary>
internal static class RuleDescriptors
{
    /// <param name="id">The rule's ID constant.</param>
    /// <param name="reportedAtCompilationEnd">
    /// The rule is reported once the whole compilation is analyzed (its diagnostics belong to no place in
    /// the code): the descriptor carries Roslyn's CompilationEnd tag, which tells the IDE to look for it
    /// only in full analysis.
    /// </param>
    public static DiagnosticDescriptor Create(string id, bool reportedAtCompilationEnd = false)
    {
        var rule = RuleCatalog.Get(id);
        if (!rule.Surface.HasFlag(RuleSurface.CSharp))
        {
            throw new ArgumentException($"{id} is checked in request files only; the analyzers never report it.", nameof(id));
        }

        var tags = new string[rule.Tags.Count + (reportedAtCompilationEnd ? 1 : 0)];
        for (var index = 0; index < rule.Tags.Count; index++)
        {
            tags[index] = rule.Tags[index];
        }

        if (reportedAtCompilationEnd)
        {
            tags[tags.Length - 1] = WellKnownDiagnosticTags.CompilationEnd;
        }

#pragma warning disable RS0030 // The sanctioned use of the constructor that BannedSymbols.txt bans everywhere else.
        return new DiagnosticDescriptor(
            id,
            rule.Title,
            rule.MessageFormat,
            rule.Category,
            ToDiagnosticSeverity(rule.DefaultSeverity),
            isEnabledByDefault: true,
            rule.Description,
            rule.HelpUri,
            tags);
#pragma warning restore RS0030
    }

    public static DiagnosticSeverity ToDiagnosticSeverity(Severity severity) => severity switch
    {
        Severity.Error => DiagnosticSeverity.Error,
        Severity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };
}
