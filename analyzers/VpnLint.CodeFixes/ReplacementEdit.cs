using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace VpnLint.CodeFixes;

/// <summary>
/// The text edit that puts a finding's replacement in place: inside a string literal only the
/// characters of the finding (one block of a comma-separated list, the text of a string in the JSON of
/// IkeConfig) change, and the literal keeps its form (regular, verbatim or raw) and the meaning of its
/// other characters; a whole string literal keeps its quotes; an integer literal is rewritten. The
/// literal may be one operand of a concatenation or interpolation; a span that is not inside one
/// literal (a const field, several operands) has no edit: the constant may serve other code.
/// </summary>
internal static class ReplacementEdit
{
    public static TextChange? For(SyntaxNode root, TextSpan span, string replacement, bool replacesJsonString)
    {
        var token = root.FindToken(span.Start);
        return token.Kind() switch
        {
            SyntaxKind.StringLiteralToken or SyntaxKind.SingleLineRawStringLiteralToken or SyntaxKind.MultiLineRawStringLiteralToken
                when token.Span.Contains(span) => replacesJsonString ? InJsonString(token, span, replacement) : InString(token, span, replacement),
            SyntaxKind.NumericLiteralToken or SyntaxKind.MinusToken when !replacesJsonString => Number(root, span, replacement),
            _ => null,
        };
    }

    private static TextChange? InString(SyntaxToken token, TextSpan span, string replacement)
    {
        var target = span == token.Span ? Content(token) : span;
        return target is { } content && token.Span.Contains(content) ? InLiteral(token, content, replacement) : null;
    }

    /// <summary>A string of the JSON in the literal: the span is the JSON string with its quotes, the edit only what is between them.</summary>
    private static TextChange? InJsonString(SyntaxToken token, TextSpan span, string replacement) =>
        JsonStringContent.Find(token, span) is { } content ? InLiteral(token, content, JsonStringContent.Escape(replacement)) : null;

    private static TextChange? InLiteral(SyntaxToken token, TextSpan target, string value) =>
        Escape(token, value) is { } text ? HexEscapeBoundary.Keep(token, new TextChange(target, text)) : null;

    /// <summary>The characters between the delimiters; null for a raw literal over several lines whose value is not one line.</summary>
    private static TextSpan? Content(SyntaxToken token)
    {
        var text = token.Text;
        switch (token.Kind())
        {
            case SyntaxKind.StringLiteralToken:
                var opening = text.StartsWith("@", StringComparison.Ordinal) ? 2 : 1;
                return TextSpan.FromBounds(token.SpanStart + opening, token.Span.End - 1);
            case SyntaxKind.SingleLineRawStringLiteralToken:
                var quotes = text.Length - text.TrimStart('"').Length;
                return TextSpan.FromBounds(token.SpanStart + quotes, token.Span.End - quotes);
            default:
                var value = token.ValueText;
                var at = value.IndexOfAny(['\r', '\n']) < 0 && value.Length > 0 ? text.IndexOf(value, StringComparison.Ordinal) : -1;
                return at < 0 ? null : new TextSpan(token.SpanStart + at, value.Length);
        }
    }

    /// <summary>The replacement as the literal must spell it; null when a raw literal cannot hold it.</summary>
    private static string? Escape(SyntaxToken token, string replacement)
    {
        if (!token.IsKind(SyntaxKind.StringLiteralToken))
        {
            return replacement.IndexOfAny(['"', '\r', '\n']) < 0 ? replacement : null;
        }

        if (token.Text.StartsWith("@", StringComparison.Ordinal))
        {
            return replacement.Replace("\"", "\"\"");
        }

        var literal = SyntaxFactory.Literal(replacement).Text;
        return literal.Substring(1, literal.Length - 2);
    }

    /// <summary>An integer literal, or a negative one, whose whole span is the finding's.</summary>
    private static TextChange? Number(SyntaxNode root, TextSpan span, string replacement)
    {
        var node = root.FindNode(span, getInnermostNodeForTie: true);
        var isNumber = node is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NumericLiteralExpression } ||
            node is PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.UnaryMinusExpression, Operand: LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NumericLiteralExpression } };
        return isNumber && node.Span == span && long.TryParse(replacement, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _)
            ? new TextChange(span, replacement)
            : null;
    }
}
