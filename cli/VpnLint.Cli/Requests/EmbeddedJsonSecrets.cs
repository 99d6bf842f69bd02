using System.Globalization;
using System.Text;
using System.Text.Json;
using VpnLint.Rules.Model;

namespace VpnLint.Cli.Requests;

/// <summary>
/// Secrets inside a string that holds JSON, as IkeConfig and IpsecConfig do: the value after every key
/// that <see cref="SecretNames"/> calls secret, found by scanning tokens rather than parsing, so that a
/// secret in broken JSON is masked too. A stray quote in broken JSON puts such a scan out of step with
/// the keys, so a string that is not well-formed JSON and names a secret anywhere is masked whole. Spans
/// map back to the source through the string's locator, and cover the whole string when it has none.
/// </summary>
internal static class EmbeddedJsonSecrets
{
    public static void Find(StringValue value, List<SourceSpan> spans)
    {
        var text = value.Text;
        if (!text.Contains('"') || !text.Contains(':'))
        {
            return;
        }

        if (!IsWellFormed(text) && SecretSpans.MentionsSecret(text))
        {
            spans.Add(value.Span);
            return;
        }

        var position = 0;
        while (position < text.Length)
        {
            if (text[position] != '"')
            {
                position++;
                continue;
            }

            var (content, end) = ReadString(text, position);
            var next = SkipWhitespace(text, end);
            if (next < text.Length && text[next] == ':' && SecretNames.IsSecret(content))
            {
                var valueStart = SkipWhitespace(text, next + 1);
                var valueEnd = ValueEnd(text, valueStart);
                spans.Add(value.Locate(valueStart, valueEnd - valueStart));
                position = valueEnd;
                continue;
            }

            if (content.StartsWith(SecretNames.PemStart, StringComparison.Ordinal))
            {
                spans.Add(value.Locate(position, end - position));
            }

            position = end;
        }
    }

    private static bool IsWellFormed(string text)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(text), new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            while (reader.Read())
            {
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The decoded content of the string that starts at <paramref name="quote"/>, and the index after its closing quote (the end of the text when it has none).</summary>
    private static (string Content, int End) ReadString(string text, int quote)
    {
        var content = new StringBuilder();
        var position = quote + 1;
        while (position < text.Length && text[position] != '"')
        {
            if (text[position] == '\\' && position + 1 < text.Length)
            {
                position++;
                if (text[position] == 'u' && position + 4 < text.Length &&
                    int.TryParse(text.AsSpan(position + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                {
                    content.Append((char)code);
                    position += 5;
                    continue;
                }
            }

            content.Append(text[position++]);
        }

        return (content.ToString(), Math.Min(position + 1, text.Length));
    }

    /// <summary>Where a value ends: after its closing quote or bracket, or before the delimiter after a bare word.</summary>
    private static int ValueEnd(string text, int start)
    {
        if (start >= text.Length)
        {
            return start;
        }

        if (text[start] == '"')
        {
            return ReadString(text, start).End;
        }

        if (text[start] is '{' or '[')
        {
            return ContainerEnd(text, start);
        }

        var position = start;
        while (position < text.Length && text[position] is not (',' or '}' or ']') && !char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        return position;
    }

    private static int ContainerEnd(string text, int start)
    {
        var depth = 0;
        var position = start;
        while (position < text.Length)
        {
            switch (text[position])
            {
                case '"':
                    position = ReadString(text, position).End;
                    continue;
                case '{' or '[':
                    depth++;
                    break;
                case '}' or ']' when --depth == 0:
                    return position + 1;
            }

            position++;
        }

        return text.Length;
    }

    private static int SkipWhitespace(string text, int position)
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        return position;
    }
}
