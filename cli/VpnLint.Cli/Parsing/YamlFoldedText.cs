using VpnLint.Cli.Input;
using YamlDotNet.Core;

namespace VpnLint.Cli.Parsing;

/// <summary>
/// Where each character of a scalar that spans lines (plain or quoted over several lines, a literal
/// <c>|</c> or folded <c>&gt;</c> block) stands in the source. Folding and indentation change only
/// whitespace, so every other character of the value is found in order in the source text; whitespace
/// that folding made takes the position of the next character.
/// </summary>
internal static class YamlFoldedText
{
    /// <returns>A locator, or null when the value cannot be matched to the source (escapes in a double-quoted scalar).</returns>
    public static EscapedTextLocator? Locator(SourceText source, ScalarStyle style, int contentStart, int end, string value)
    {
        var text = source.Text;
        end = Math.Min(end, text.Length);
        var position = style is ScalarStyle.Literal or ScalarStyle.Folded ? AfterHeader(text, contentStart, end) : contentStart;
        if (style == ScalarStyle.DoubleQuoted && text.AsSpan(position, end - position).Contains('\\'))
        {
            return null;
        }

        var offsets = new int[value.Length + 1];
        var folded = new List<int>();
        for (var index = 0; index < value.Length; index++)
        {
            var character = value[index];
            if (char.IsWhiteSpace(character))
            {
                if (position < end && text[position] == character)
                {
                    offsets[index] = position++;
                }
                else
                {
                    folded.Add(index);
                }

                continue;
            }

            while (position < end && text[position] != character)
            {
                position++;
            }

            if (position == end)
            {
                return null;
            }

            Place(folded, offsets, position);
            offsets[index] = position++;
        }

        Place(folded, offsets, position);
        offsets[value.Length] = position;
        return new EscapedTextLocator(source, offsets);
    }

    private static void Place(List<int> folded, int[] offsets, int position)
    {
        foreach (var index in folded)
        {
            offsets[index] = position;
        }

        folded.Clear();
    }

    /// <summary>A block scalar's content starts on the line after its indicator (<c>|</c>, <c>&gt;-</c>, <c>|2</c>) and any comment.</summary>
    private static int AfterHeader(string text, int start, int end)
    {
        var lineBreak = text.IndexOf('\n', start, end - start);
        return lineBreak < 0 ? end : lineBreak + 1;
    }
}
