using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using VpnLint.Analyzers.Reporting;
using VpnLint.Rules.Catalog;

namespace VpnLint.CodeFixes;

/// <summary>
/// Applies a finding's replacement: VPN101 writes the block's network address, VPN300 and VPN301 the
/// default port 1194, VPN006 the allowed spelling of a value that differs only in case, VPN102 and
/// VPN200 the prefix length that meets the limit. Which rules offer a fix comes from the catalogue.
/// </summary>
/// <remarks>
/// Fix All applies every finding of the rule that has an edit and skips those that have none (see
/// <see cref="ReplacementFixAll"/>), whichever finding it starts from.
/// Not <c>[Shared]</c>: the IDE creates the fixers of an analyzer reference by reflection, not through
/// MEF, and the attribute would make this assembly reference System.Composition.AttributedModel, of
/// which the package source has only 8.0 and later, newer than the 7.0 that Roslyn 4.8 (Visual Studio
/// 17.8) loads.
/// </remarks>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReplacementCodeFixProvider))]
public sealed class ReplacementCodeFixProvider : CodeFixProvider
{
    private static readonly ImmutableArray<string> FixableIds = FixableRules();

    public override ImmutableArray<string> FixableDiagnosticIds => FixableIds;

    public override FixAllProvider GetFixAllProvider() => ReplacementFixAll.Instance;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.Replacement, out var replacement) || replacement is null ||
                EditFor(root, diagnostic) is not { } change)
            {
                continue;
            }

            var document = context.Document;
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Change to {replacement}",
                    async cancellationToken =>
                    {
                        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
                        return document.WithText(text.WithChanges(change));
                    },
                    equivalenceKey: diagnostic.Id),
                diagnostic);
        }
    }

    /// <summary>The edit that puts the diagnostic's replacement in place; null when it has none, or its characters are not in one literal.</summary>
    internal static TextChange? EditFor(SyntaxNode root, Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(DiagnosticProperties.Replacement, out var replacement) && replacement is not null
            ? ReplacementEdit.For(root, diagnostic.Location.SourceSpan, replacement, diagnostic.Properties.ContainsKey(DiagnosticProperties.ReplacesJsonString))
            : null;

    private static ImmutableArray<string> FixableRules()
    {
        var ids = ImmutableArray.CreateBuilder<string>();
        foreach (var rule in RuleCatalog.All)
        {
            if (rule.IsFixable && rule.Surface.HasFlag(RuleSurface.CSharp))
            {
                ids.Add(rule.Id);
            }
        }

        return ids.ToImmutable();
    }
}
