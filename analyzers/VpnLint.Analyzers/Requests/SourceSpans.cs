using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using VpnLint.Rules.Model;

namespace VpnLint.Analyzers.Requests;

/// <summary>Converts between Roslyn's text spans and the rule engine's source spans (offsets plus 1-based lines and columns).</summary>
internal static class SourceSpans
{
    public static SourceSpan From(SyntaxTree tree, TextSpan span)
    {
        var lines = tree.GetLineSpan(span);
        return new SourceSpan(
            span.Start,
            span.End,
            lines.StartLinePosition.Line + 1,
            lines.StartLinePosition.Character + 1,
            lines.EndLinePosition.Line + 1,
            lines.EndLinePosition.Character + 1);
    }

    public static TextSpan ToTextSpan(SourceSpan span) => TextSpan.FromBounds(span.StartOffset, span.EndOffset);
}
