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
}
