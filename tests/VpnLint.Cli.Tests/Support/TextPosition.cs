namespace VpnLint.Cli.Tests.Support;

/// <summary>Where a piece of text is in a file's text, as findings give it.</summary>
internal static class TextPosition
{
    /// <summary>"(line,column)" of the <paramref name="occurrence"/>-th appearance of <paramref name="fragment"/>, 1-based.</summary>
    public static string Of(string text, string fragment, int occurrence = 1)
    {
        var offset = -1;
        for (var found = 0; found < occurrence; found++)
        {
            offset = text.IndexOf(fragment, offset + 1, StringComparison.Ordinal);
            Assert.IsGreaterThanOrEqualTo(0, offset, $"{fragment} is not in the text {occurrence} times");
        }

        var line = text[..offset].Count(character => character == '\n') + 1;
        var lineStart = offset == 0 ? 0 : text.LastIndexOf('\n', offset - 1) + 1;
        return $"({line},{offset - lineStart + 1})";
    }
}
