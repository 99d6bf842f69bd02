using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace VpnLint.CodeFixes;

/// <summary>
/// Fix All for the replacement fixes: in each document, every diagnostic of the rule asked for (the
/// equivalence key of the fix it starts from; with none, each rule asked for) that has an edit gets it, and one that has none (a value from a <c>const</c>, characters over several literals)
/// is left as it is. Unlike the batch fixer, it does not depend on the code action the fixer registers
/// for the finding it starts from: <c>dotnet format analyzers</c> starts from a document's first
/// finding, and when that one has no fix it asks with no equivalence key, which the batch fixer then
/// matches with nothing.
/// </summary>
internal static class ReplacementFixAll
{
    public static FixAllProvider Instance { get; } = FixAllProvider.Create(FixDocumentAsync);

    private static async Task<Document?> FixDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return null;
        }

        // The fixer's equivalence key is the rule's ID: Fix All started from a fix applies that rule's fixes.
        var key = context.CodeActionEquivalenceKey;
        var changes = new List<TextChange>();
        foreach (var diagnostic in diagnostics.OrderBy(diagnostic => diagnostic.Location.SourceSpan.Start))
        {
            if (key is not null && diagnostic.Id != key)
            {
                continue;
            }

            // Two findings on the same characters (the fixes of two rules) never both apply: the first wins.
            if (ReplacementCodeFixProvider.EditFor(root, diagnostic) is { } change && !Overlaps(changes, change.Span))
            {
                changes.Add(change);
            }
        }

        if (changes.Count == 0)
        {
            return null;
        }

        var text = await document.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
        return document.WithText(text.WithChanges(changes));
    }

    private static bool Overlaps(List<TextChange> changes, TextSpan span)
    {
        foreach (var change in changes)
        {
            if (change.Span.OverlapsWith(span) || change.Span == span)
            {
                return true;
            }
        }

        return false;
    }
}
