using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace VpnLint.Analyzers.Requests;

/// <summary>
/// Where each character of a C# constant string stands in the source, through escape sequences,
/// verbatim and raw literals, concatenation and interpolation. A character that comes from a const
/// field (a whole interpolation hole, braces included, inside an interpolated string), or from a part
/// whose decoding does not reproduce the compiler's value, points at that whole part: a wider span,
/// never a wrong one.
/// </summary>
internal sealed class StringSourceMap
{
    private readonly StringBuilder decoded;
    private readonly List<TextSpan> spans;
    private readonly List<TextSpan> parts;

    // Sized for the value, which the decoding rebuilds character by character.
    private StringSourceMap(int length)
    {
        decoded = new StringBuilder(length);
        spans = new List<TextSpan>(length);
        parts = new List<TextSpan>(length);
    }

    /// <summary>Where each character of <paramref name="value"/>, the constant value of <paramref name="expression"/>, stands.</summary>
    public static CharacterSpans Build(IOperation expression, string value)
    {
        var map = new StringSourceMap(value.Length);
        map.Append(expression, hole: null);
        if (string.Equals(map.decoded.ToString(), value, StringComparison.Ordinal))
        {
            // The map's own lists: it is not used again.
            return new CharacterSpans(map.spans, map.parts);
        }

        var whole = new TextSpan[value.Length];
        for (var index = 0; index < whole.Length; index++)
        {
            whole[index] = expression.Syntax.Span;
        }

        return new CharacterSpans(whole, whole);
    }

    /// <summary>
    /// One span per character of a string literal token's value (regular, verbatim or raw); null when
    /// the decoding does not reproduce the compiler's value. The code fixes use it to edit exactly the
    /// characters of a value.
    /// </summary>
    public static TextSpan[]? ForLiteral(SyntaxToken token)
    {
        var value = token.ValueText;
        var map = new StringSourceMap(value.Length);
        return map.AppendLiteral(token) && string.Equals(map.decoded.ToString(), value, StringComparison.Ordinal) ? [.. map.spans] : null;
    }

    // hole: the interpolation, braces included, whose expression this is: the part a value that cannot be decoded belongs to.
    private void Append(IOperation operation, TextSpan? hole)
    {
        while (operation is IConversionOperation { IsImplicit: true, Conversion.IsUserDefined: false } conversion)
        {
            operation = conversion.Operand;
        }

        switch (operation)
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } concatenation:
                Append(concatenation.LeftOperand, hole: null);
                Append(concatenation.RightOperand, hole: null);
                break;
            case ILiteralOperation { Syntax: LiteralExpressionSyntax literal } when literal.Token.Value is string:
                AppendToken(literal.Token, literal.Token.ValueText, AppendLiteral);
                break;
            case IInterpolatedStringOperation { Syntax: InterpolatedStringExpressionSyntax syntax } interpolated:
                AppendInterpolated(interpolated, syntax.StringStartToken);
                break;
            default:
                AppendWhole(operation.ConstantValue.Value as string ?? string.Empty, operation.Syntax.Span, hole ?? operation.Syntax.Span);
                break;
        }
    }

    private void AppendInterpolated(IInterpolatedStringOperation interpolated, SyntaxToken start)
    {
        foreach (var part in interpolated.Parts)
        {
            switch (part)
            {
                case IInterpolationOperation interpolation:
                    // A const in a hole is a part with the hole's braces: "{Net}/24", not "Net}/24".
                    Append(interpolation.Expression, interpolation.Syntax.Span);
                    break;
                case IInterpolatedStringTextOperation { Syntax: InterpolatedStringTextSyntax syntax } text:
                    AppendToken(syntax.TextToken, text.Text.ConstantValue.Value as string ?? syntax.TextToken.ValueText, token => AppendInterpolatedText(token, start));
                    break;
                default:
                    AppendWhole(part.ConstantValue.Value as string ?? string.Empty, part.Syntax.Span, part.Syntax.Span);
                    break;
            }
        }
    }

    /// <summary>Decodes one token; when the decoding is not <paramref name="value"/>, the compiler's, maps the value to the whole token instead.</summary>
    private void AppendToken(SyntaxToken token, string value, Func<SyntaxToken, bool> decode)
    {
        var length = decoded.Length;
        if (decode(token) && string.CompareOrdinal(decoded.ToString(length, decoded.Length - length), value) == 0)
        {
            return;
        }

        decoded.Length = length;
        spans.RemoveRange(length, spans.Count - length);
        parts.RemoveRange(length, parts.Count - length);
        AppendWhole(value, token.Span, token.Span);
    }

    private bool AppendLiteral(SyntaxToken token)
    {
        var text = token.Text;
        var opening = text.StartsWith("@", StringComparison.Ordinal) ? 2 : 1;
        if (token.IsKind(SyntaxKind.StringLiteralToken) && text.Length == opening + token.ValueText.Length + 1)
        {
            // No escape sequence: each character of the value is the one in the source.
            AppendVerbatim(token, opening, text.Length - 1);
            return true;
        }

        switch (token.Kind())
        {
            case SyntaxKind.StringLiteralToken when text.StartsWith("@", StringComparison.Ordinal):
                return AppendEscaped(token, 2, text.Length - 1, verbatim: true, braces: false);
            case SyntaxKind.StringLiteralToken:
                return AppendEscaped(token, 1, text.Length - 1, verbatim: false, braces: false);
            case SyntaxKind.SingleLineRawStringLiteralToken:
                var quotes = LeadingQuotes(text);
                AppendVerbatim(token, quotes, text.Length - quotes);
                return true;
            case SyntaxKind.MultiLineRawStringLiteralToken:
                return AppendMultiLineRaw(token);
            default:
                return false;
        }
    }

    /// <summary>
    /// A text run of an interpolated string. In a raw one the characters are the source's (a literal
    /// brace needs more <c>$</c>, not doubling); over several lines, a run that starts a line carries
    /// indentation the value lacks, which the comparison with the compiler's value then catches.
    /// </summary>
    private bool AppendInterpolatedText(SyntaxToken token, SyntaxToken start)
    {
        switch (start.Kind())
        {
            case SyntaxKind.InterpolatedStringStartToken:
                return AppendEscaped(token, 0, token.Text.Length, verbatim: false, braces: true);
            case SyntaxKind.InterpolatedVerbatimStringStartToken:
                return AppendEscaped(token, 0, token.Text.Length, verbatim: true, braces: true);
            case SyntaxKind.InterpolatedSingleLineRawStringStartToken:
            case SyntaxKind.InterpolatedMultiLineRawStringStartToken when token.Text.IndexOfAny(['\r', '\n']) < 0:
                AppendVerbatim(token, 0, token.Text.Length);
                return true;
            default:
                return false;
        }
    }

    private bool AppendEscaped(SyntaxToken token, int start, int end, bool verbatim, bool braces)
    {
        var text = token.Text;
        var index = start;
        while (index < end)
        {
            var character = text[index];
            var doubled = index + 1 < end && text[index + 1] == character;
            if ((braces && doubled && character is '{' or '}') || (verbatim && doubled && character == '"'))
            {
                Add(character, token, index, 2);
                index += 2;
            }
            else if (!verbatim && character == '\\')
            {
                if (!TryDecodeEscape(text, index, end, out var value, out var length))
                {
                    return false;
                }

                foreach (var decodedCharacter in value)
                {
                    Add(decodedCharacter, token, index, length);
                }

                index += length;
            }
            else
            {
                Add(character, token, index, 1);
                index++;
            }
        }

        return true;
    }

    private static bool TryDecodeEscape(string text, int index, int end, out string value, out int length)
    {
        value = string.Empty;
        length = 2;
        if (index + 1 >= end)
        {
            return false;
        }

        switch (text[index + 1])
        {
            case '\'': value = "'"; return true;
            case '"': value = "\""; return true;
            case '\\': value = "\\"; return true;
            case '0': value = "\0"; return true;
            case 'a': value = "\a"; return true;
            case 'b': value = "\b"; return true;
            case 'e': value = "\u001b"; return true;
            case 'f': value = "\f"; return true;
            case 'n': value = "\n"; return true;
            case 'r': value = "\r"; return true;
            case 't': value = "\t"; return true;
            case 'v': value = "\v"; return true;
            case 'x': return TryDecodeHex(text, index, end, 1, 4, out value, out length);
            case 'u': return TryDecodeHex(text, index, end, 4, 4, out value, out length);
            case 'U': return TryDecodeHex(text, index, end, 8, 8, out value, out length);
            default: return false;
        }
    }

    private static bool TryDecodeHex(string text, int index, int end, int fewest, int most, out string value, out int length)
    {
        var digits = 0;
        while (digits < most && index + 2 + digits < end && Uri.IsHexDigit(text[index + 2 + digits]))
        {
            digits++;
        }

        value = string.Empty;
        length = 2 + digits;
        if (digits < fewest)
        {
            return false;
        }

        var code = int.Parse(text.Substring(index + 2, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        if (code > 0x10FFFF)
        {
            return false;
        }

        value = code > 0xFFFF ? char.ConvertFromUtf32(code) : ((char)code).ToString();
        return true;
    }

    /// <summary>A raw literal over several lines: the value is the lines between the delimiters, less the closing line's indentation.</summary>
    private bool AppendMultiLineRaw(SyntaxToken token)
    {
        var text = token.Text;
        var quotes = LeadingQuotes(text);
        var closing = text.Length - quotes;
        var indentationStart = closing;
        while (indentationStart > 0 && text[indentationStart - 1] is ' ' or '\t')
        {
            indentationStart--;
        }

        var indentation = text.Substring(indentationStart, closing - indentationStart);
        var contentEnd = indentationStart - NewLineLengthBefore(text, indentationStart);
        var lineStart = text.IndexOf('\n', quotes) + 1;
        if (lineStart == 0 || contentEnd < lineStart)
        {
            return false;
        }

        while (lineStart <= contentEnd)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 || lineEnd > contentEnd ? contentEnd : lineEnd;
            var contentStart = LineContentStart(text, lineStart, lineEnd, indentation);
            if (contentStart < 0)
            {
                return false;
            }

            var textEnd = lineEnd > contentStart && text[lineEnd - 1] == '\r' && lineEnd < contentEnd ? lineEnd - 1 : lineEnd;
            AppendVerbatim(token, contentStart, textEnd);
            if (lineEnd == contentEnd)
            {
                break;
            }

            AppendVerbatim(token, textEnd, lineEnd + 1);
            lineStart = lineEnd + 1;
        }

        return true;
    }

    /// <summary>Where a raw literal's line starts once the indentation is removed; -1 when it lacks the indentation.</summary>
    private static int LineContentStart(string text, int lineStart, int lineEnd, string indentation)
    {
        if (string.CompareOrdinal(text, lineStart, indentation, 0, indentation.Length) == 0 && lineStart + indentation.Length <= lineEnd)
        {
            return lineStart + indentation.Length;
        }

        for (var index = lineStart; index < lineEnd; index++)
        {
            if (text[index] is not (' ' or '\t' or '\r'))
            {
                return -1;
            }
        }

        return lineEnd;
    }

    private static int NewLineLengthBefore(string text, int index) =>
        index >= 2 && text[index - 1] == '\n' && text[index - 2] == '\r' ? 2 : index >= 1 && text[index - 1] is '\n' or '\r' ? 1 : 0;

    private static int LeadingQuotes(string text)
    {
        var count = 0;
        while (count < text.Length && text[count] == '"')
        {
            count++;
        }

        return count;
    }

    private void AppendVerbatim(SyntaxToken token, int start, int end)
    {
        var text = token.Text;
        for (var index = start; index < end; index++)
        {
            Add(text[index], token, index, 1);
        }
    }

    private void Add(char character, SyntaxToken token, int index, int length)
    {
        decoded.Append(character);
        spans.Add(new TextSpan(token.SpanStart + index, length));
        parts.Add(token.Span);
    }

    private void AppendWhole(string value, TextSpan span, TextSpan part)
    {
        decoded.Append(value);
        for (var index = 0; index < value.Length; index++)
        {
            spans.Add(span);
            parts.Add(part);
        }
    }
}
