using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace VpnLint.CodeFixes;

/// <summary>
/// A <c>\x</c> escape takes up to four hex digits, so <c>"\x2C"</c> followed by a new <c>172.16…</c>
/// would read <c>\x2C17</c>: an edit right after a shorter <c>\x</c> escape writes that escape with
/// four digits, which keeps its character whatever follows.
/// </summary>
internal static class HexEscapeBoundary
{
    private const int MostHexDigits = 4;

    public static TextChange Keep(SyntaxToken token, TextChange change)
    {
        if (!token.IsKind(SyntaxKind.StringLiteralToken) || token.Text.StartsWith("@", StringComparison.Ordinal) ||
            ShortHexEscapeEndingAt(token.Text, change.Span.Start - token.SpanStart) is not { } escape)
        {
            return change;
        }

        var text = token.Text;
        var next = change.NewText!.Length > 0 ? change.NewText[0] : text[change.Span.End - token.SpanStart];
        if (!Uri.IsHexDigit(next))
        {
            return change;
        }

        var digits = text.Substring(escape.Start + 2, escape.Length - 2).PadLeft(MostHexDigits, '0');
        return new TextChange(TextSpan.FromBounds(token.SpanStart + escape.Start, change.Span.End), "\\x" + digits + change.NewText);
    }

    /// <summary>The <c>\x</c> escape with fewer than four digits that ends at <paramref name="end"/> in a regular literal's text, if one does.</summary>
    private static TextSpan? ShortHexEscapeEndingAt(string text, int end)
    {
        var index = 1;
        while (index < end)
        {
            if (text[index] != '\\')
            {
                index++;
                continue;
            }

            var start = index;
            var kind = index + 1 < text.Length ? text[index + 1] : '\0';
            index += 2;
            switch (kind)
            {
                case 'x':
                    var digits = 0;
                    while (digits < MostHexDigits && index < text.Length - 1 && Uri.IsHexDigit(text[index]))
                    {
                        index++;
                        digits++;
                    }

                    if (index == end && digits < MostHexDigits)
                    {
                        return TextSpan.FromBounds(start, index);
                    }

                    break;
                case 'u':
                    index += 4;
                    break;
                case 'U':
                    index += 8;
                    break;
            }
        }

        return null;
    }
}
