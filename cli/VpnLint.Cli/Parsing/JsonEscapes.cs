using System.Globalization;

namespace VpnLint.Cli.Parsing;

/// <summary>Where each character of an escaped JSON string's value starts in the source.</summary>
internal static class JsonEscapes
{
    /// <summary>
    /// For the string content between <paramref name="start"/> and <paramref name="end"/> (the quotes
    /// excluded), the source offset of every decoded character, then <paramref name="end"/>.
    /// </summary>
    public static int[] Offsets(string text, int start, int end)
    {
        var offsets = new List<int>(end - start + 1);
        var position = start;
        while (position < end)
        {
            if (text[position] != '\\')
            {
                offsets.Add(position++);
                continue;
            }

            var width = position + 1 < end && text[position + 1] == 'u' ? 6 : 2;
            offsets.Add(position);
            position = Math.Min(position + width, end);
        }

        offsets.Add(end);
        return [.. offsets];
    }

    /// <summary>
    /// Where the first <c>\uXXXX</c> escape between <paramref name="start"/> and <paramref name="end"/> that
    /// is half of a surrogate pair without its other half starts; <paramref name="start"/> when there is none.
    /// </summary>
    public static int LoneSurrogate(string text, int start, int end)
    {
        var position = start;
        while (position < end)
        {
            if (text[position] != '\\')
            {
                position++;
                continue;
            }

            var unit = EscapedUnit(text, position, end);
            if (unit is null)
            {
                position += 2;
                continue;
            }

            if (char.IsHighSurrogate(unit.Value) && EscapedUnit(text, position + 6, end) is { } low && char.IsLowSurrogate(low))
            {
                position += 12;
                continue;
            }

            if (char.IsSurrogate(unit.Value))
            {
                return position;
            }

            position += 6;
        }

        return start;
    }

    private static char? EscapedUnit(string text, int position, int end) =>
        position + 6 <= end && text[position] == '\\' && text[position + 1] == 'u' &&
        ushort.TryParse(text.AsSpan(position + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var unit)
            ? (char)unit
            : null;
}
