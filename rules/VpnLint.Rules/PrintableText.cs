using System.Globalization;
using System.Text;

namespace VpnLint.Rules;

/// <summary>
/// Text from a request file or a C# literal as a message, a log or a terminal may show it: every control
/// character (C0, DEL, C1), the Unicode line and paragraph separators and the bidirectional marks and
/// overrides written as an escape (<c>\n</c>, <c>\t</c>, <c>\u001B</c>, <c>\u202E</c>), so that a value
/// cannot break a line, move a terminal's cursor, reorder the text, nor hide what it holds. A lone surrogate
/// (a JSON <c>\uD800</c> escape decodes to one) is escaped too, as no UTF-8 output can hold it. Every front
/// end escapes through here, so a value reads the same in a message and in an excerpt.
/// </summary>
public static class PrintableText
{
    public static string Of(string text)
    {
        var first = 0;
        while (first < text.Length && !NeedsEscape(text, first))
        {
            first++;
        }

        if (first == text.Length)
        {
            return text;
        }

        var printable = new StringBuilder(text.Length + 8).Append(text, 0, first);
        for (var index = first; index < text.Length; index++)
        {
            var character = text[index];
            if (NeedsEscape(text, index))
            {
                printable.Append(Escape(character));
            }
            else
            {
                printable.Append(character);
            }
        }

        return printable.ToString();
    }

    /// <summary>Each text printable; the list itself when none needs an escape, as nearly none does.</summary>
    public static IReadOnlyList<string> OfEach(IReadOnlyList<string> texts)
    {
        string[]? printable = null;
        for (var index = 0; index < texts.Count; index++)
        {
            var text = Of(texts[index]);
            if (!ReferenceEquals(text, texts[index]))
            {
                printable ??= [.. texts];
                printable[index] = text;
            }
        }

        return printable ?? texts;
    }

    public static string Escape(char character) => character switch
    {
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        _ => "\\u" + ((int)character).ToString("X4", CultureInfo.InvariantCulture),
    };

    /// <summary>Whether the character at <paramref name="index"/> is escaped: as <see cref="NeedsEscape(char)"/> says, or a surrogate without its other half.</summary>
    public static bool NeedsEscape(string text, int index) => NeedsEscape(text[index]) || IsLoneSurrogate(text, index);

    /// <summary>Controls, separators, the bidirectional marks and overrides that could reorder the text, and the noncharacters U+FFFE and U+FFFF, which XML (JUnit, Checkstyle) cannot hold.</summary>
    public static bool NeedsEscape(char character) =>
        character is < ' ' or >= '\u007f' and <= '\u009f' or '\u2028' or '\u2029' or
            >= '\u202a' and <= '\u202e' or >= '\u2066' and <= '\u2069' or '\u200e' or '\u200f' or '\u061c' or '\ufffe' or '\uffff';

    private static bool IsLoneSurrogate(string text, int index)
    {
        var character = text[index];
        return char.IsHighSurrogate(character) ? index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1])
            : char.IsLowSurrogate(character) && (index == 0 || !char.IsHighSurrogate(text[index - 1]));
    }
}
