using System.Globalization;
using System.Text;
using VpnLint.Rules.Model;
using VpnLint.Rules.Parameters;

namespace VpnLint.Rules.Engine;

/// <summary>How a message names a value's type and shows the value: never the value of a secret.</summary>
internal static class ValueDescription
{
    public static string Expected(ParameterDefinition definition) => definition switch
    {
        { EmbeddedJson: true } => "a JSON object or a string of JSON",
        { Type: ParameterType.String } => "a string",
        { Type: ParameterType.Integer } => "an integer",
        { Type: ParameterType.Boolean } => "a boolean",
        { Type: ParameterType.Array } => "a list",
        _ => "an object",
    };

    /// <summary>"the string \"1194\"", "the number 1.5", "a list"; for a secret only the kind of value.</summary>
    public static string Actual(RequestValue value, bool secret) => value switch
    {
        StringValue text => secret ? "a string" : "the string " + Quote(text.Text),
        NumberValue number => secret ? "a number" : $"the number {number.Text}",
        BooleanValue boolean => secret ? "a boolean" : $"the boolean {(boolean.Value ? "true" : "false")}",
        ArrayValue => "a list",
        ObjectValue => "an object",
        _ => "null",
    };

    public static string Quote(string text) => "\"" + text + "\"";

    /// <summary>
    /// The text with every control character (C0, DEL, C1), the Unicode line and paragraph separators and
    /// the bidirectional marks and overrides written as an escape (<c>\n</c>, <c>\t</c>, <c>\u0085</c>,
    /// <c>\u202E</c>): a value from a file must not break a message's line, a log or a terminal, reorder
    /// the message, nor hide what it holds.
    /// </summary>
    public static string Printable(string text)
    {
        var first = 0;
        while (first < text.Length && !NeedsEscape(text[first]))
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
            if (NeedsEscape(character))
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

    private static string Escape(char character) => character switch
    {
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        _ => "\\u" + ((int)character).ToString("X4", CultureInfo.InvariantCulture),
    };

    /// <summary>Controls, separators, and the bidirectional marks and overrides that could reorder a message's text.</summary>
    private static bool NeedsEscape(char character) =>
        character is < ' ' or >= '\u007f' and <= '\u009f' or '\u2028' or '\u2029' or
            >= '\u202a' and <= '\u202e' or >= '\u2066' and <= '\u2069' or '\u200e' or '\u200f' or '\u061c';
}
