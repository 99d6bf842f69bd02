using System.Globalization;
using System.Text;
using VpnLint.Cli.Parsing;
using VpnLint.Rules.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace VpnLint.Cli.Fixing;

/// <summary>
/// A finding's replacement (a value: <c>UDP</c>, <c>10.0.0.0/8</c>, <c>1194</c>) written as the file writes the
/// value it replaces: inside the same quotes and escaped for them, or plain where YAML reads it back as the same
/// type; a number stays a number; a string of the JSON inside an <c>IkeConfig</c> string keeps its quotes. Null,
/// with the reason, when it cannot be written without changing more than the value.
/// </summary>
internal static class ReplacementSyntax
{
    /// <param name="source">The file's text.</param>
    /// <param name="format">JSON or YAML.</param>
    /// <param name="scalar">The scalar value of the file that holds the finding's span.</param>
    /// <param name="span">The finding's span: the whole scalar (quotes included), or a part inside a string.</param>
    /// <param name="replacement">The value to write.</param>
    public static (string? Text, string? Reason) Write(string source, FileFormat format, RequestValue scalar, SourceSpan span, string replacement)
    {
        var whole = span.StartOffset == scalar.Span.StartOffset && span.EndOffset == scalar.Span.EndOffset;
        // A YAML anchor or tag before the value stays as it is (the aliases of an anchored value get the fix too).
        var valueStart = AfterProperties(source, scalar.Span.StartOffset, scalar.Span.EndOffset);
        var properties = source[scalar.Span.StartOffset..valueStart];
        var (text, reason) = Styled(source, format, scalar, span, replacement, whole, source[valueStart]);
        return (text is not null && whole ? properties + text : text, reason);
    }

    private static (string? Text, string? Reason) Styled(string source, FileFormat format, RequestValue scalar, SourceSpan span, string replacement, bool whole, char opening)
    {
        var part = source[span.StartOffset..span.EndOffset];
        // A string of the JSON a string holds (IkeConfig's "IkeVersion":"IKEv2") is written with its own quotes.
        var inner = !whole && (part.StartsWith('"') || part.StartsWith("\\\"", StringComparison.Ordinal)) ? "\"" + JsonEscaped(replacement) + "\"" : replacement;
        if (format == FileFormat.Json)
        {
            return opening == '"'
                ? (whole ? "\"" + JsonEscaped(inner) + "\"" : JsonEscaped(inner), null)
                : (scalar is NumberValue && IsInteger(replacement) ? replacement : "\"" + JsonEscaped(replacement) + "\"", null);
        }

        switch (opening)
        {
            case '*':
                return (null, "the value comes from a YAML alias; fix it where its anchor is");
            case '|' or '>':
                return (null, "the value is a block scalar; fix it by hand");
            case '"':
                return (whole ? "\"" + DoubleQuoted(inner) + "\"" : DoubleQuoted(inner), null);
            case '\'':
                var doubled = inner.Replace("'", "''", StringComparison.Ordinal);
                return (whole ? "'" + doubled + "'" : doubled, null);
        }

        if (!whole)
        {
            return inner.Contains('\n', StringComparison.Ordinal) || inner.Contains(" #", StringComparison.Ordinal) || inner.Contains(": ", StringComparison.Ordinal)
                ? (null, "the replacement cannot be written inside a plain YAML value")
                : (inner, null);
        }

        // A plain value keeps its type: 1194 for a number, UDP for a string. A string that plain YAML would read as a
        // number, a boolean or null, or that plain YAML cannot hold, is quoted.
        var typed = YamlScalars.Type(new Scalar(AnchorName.Empty, TagName.Empty, replacement, ScalarStyle.Plain, true, false), span, null);
        var keepsType = scalar is StringValue ? typed is StringValue : typed.Kind == scalar.Kind;
        return keepsType && IsPlainSafe(replacement) ? (replacement, null) : ("\"" + DoubleQuoted(replacement) + "\"", null);
    }

    /// <summary>Where a YAML value starts after its anchor (<c>&amp;port</c>) and tag (<c>!!int</c>), if any.</summary>
    private static int AfterProperties(string source, int start, int end)
    {
        var position = start;
        while (position < end && source[position] is '&' or '!')
        {
            while (position < end && !char.IsWhiteSpace(source[position]))
            {
                position++;
            }

            while (position < end && source[position] is ' ' or '\t')
            {
                position++;
            }
        }

        return position < end ? position : start;
    }

    private static bool IsInteger(string text) => text.Length > 0 && text.All(char.IsAsciiDigit);

    /// <summary>Text a plain YAML scalar holds as it is, in block and flow context alike.</summary>
    private static bool IsPlainSafe(string text) =>
        text.Length > 0 && char.IsAsciiLetterOrDigit(text[0]) && text.All(character => char.IsAsciiLetterOrDigit(character) || character is '.' or '_' or '/' or '-');

    private static string DoubleQuoted(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);

    private static string JsonEscaped(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var character in text)
        {
            switch (character)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case < ' ':
                    builder.Append("\\u").Append(((int)character).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    builder.Append(character);
                    break;
            }
        }

        return builder.ToString();
    }
}
