using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using VpnLint.Rules.Model;

namespace VpnLint.Analyzers.Requests;

/// <summary>
/// Lets a finding on part of a C# constant string (one block of a comma-separated LocalSubnet, a key
/// inside an IkeConfig JSON string) point at that part of the literal. A single literal without escape
/// sequences maps by arithmetic; anything else through a character map built on first use.
/// </summary>
internal sealed class CSharpStringLocator : ITextLocator
{
    private readonly IOperation expression;
    private readonly string text;
    private readonly SourceLines lines;
    private readonly int directStart;
    private CharacterSpans? characters;

    public CSharpStringLocator(IOperation expression, string text, SourceLines lines)
    {
        this.expression = expression;
        this.text = text;
        this.lines = lines;
        directStart = DirectStart(expression.Syntax, text);
    }

    public SourceSpan Locate(int start, int length)
    {
        if (start < 0 || length < 0 || start + length > text.Length)
        {
            return lines.Span(expression.Syntax.Span);
        }

        if (directStart >= 0)
        {
            return lines.Span(new TextSpan(directStart + start, length));
        }

        var map = characters ??= StringSourceMap.Build(expression, text);
        return map.Length == 0 ? lines.Span(expression.Syntax.Span) : lines.Span(map.Span(start, length));
    }

    /// <summary>Where the value's first character stands when the expression is one literal whose characters are its value; else -1.</summary>
    private static int DirectStart(SyntaxNode syntax, string value)
    {
        if (syntax is not LiteralExpressionSyntax literal)
        {
            return -1;
        }

        var token = literal.Token;
        var opening = token.Kind() switch
        {
            SyntaxKind.StringLiteralToken => token.Text.StartsWith("@", StringComparison.Ordinal) ? 2 : 1,
            SyntaxKind.SingleLineRawStringLiteralToken => (token.Text.Length - value.Length) / 2,
            _ => -1,
        };
        var closing = token.IsKind(SyntaxKind.StringLiteralToken) ? 1 : opening;
        return opening > 0 && token.Text.Length == opening + value.Length + closing ? token.SpanStart + opening : -1;
    }
}
