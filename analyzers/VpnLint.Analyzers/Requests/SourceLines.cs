using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using VpnLint.Rules.Model;

namespace VpnLint.Analyzers.Requests;

/// <summary>One syntax tree's lines: converts Roslyn's text spans to the rule engine's source spans (offsets plus 1-based lines and columns).</summary>
internal sealed class SourceLines
{
    private readonly TextLineCollection lines;

    // The line of the last position looked up: the spans of one request, and of the characters of one
    // literal, mostly fall on a few lines, which then need no search.
    private TextLine lastLine;

    public SourceLines(SyntaxTree tree)
    {
        Tree = tree;
        lines = tree.GetText().Lines;
    }

    public SyntaxTree Tree { get; }

    public SourceSpan Span(TextSpan span)
    {
        var start = Line(span.Start);
        var end = Line(span.End);
        return new SourceSpan(
            span.Start,
            span.End,
            start.LineNumber + 1,
            span.Start - start.Start + 1,
            end.LineNumber + 1,
            span.End - end.Start + 1);
    }

    private TextLine Line(int position)
    {
        if (position < lastLine.Start || position > lastLine.End || lastLine.Text is null)
        {
            lastLine = lines.GetLineFromPosition(position);
        }

        return lastLine;
    }

    public static TextSpan ToTextSpan(SourceSpan span) => TextSpan.FromBounds(span.StartOffset, span.EndOffset);
}
