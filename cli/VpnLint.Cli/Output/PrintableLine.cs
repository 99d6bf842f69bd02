using System.Globalization;
using System.Text;

namespace VpnLint.Cli.Output;

/// <summary>
/// A source line as a terminal can show it: control characters (an escape sequence, a carriage return,
/// a backspace, C1 controls), line and paragraph separators and bidirectional overrides written as
/// <c>\x1B</c> or <c>\u202E</c>, so that a file cannot move the cursor, rewrite what was printed or
/// reorder the text. A tab stays a tab, which the caret line repeats to stay aligned.
/// </summary>
internal sealed class PrintableLine
{
    private readonly int[] displayColumn;

    public PrintableLine(string line)
    {
        var text = new StringBuilder(line.Length);
        displayColumn = new int[line.Length + 1];
        for (var index = 0; index < line.Length; index++)
        {
            displayColumn[index] = text.Length;
            var character = line[index];
            if (character != '\t' && (char.IsControl(character) || IsInvisibleFormatting(character)))
            {
                text.Append(character <= 0xFF ? $"\\x{(int)character:X2}" : $"\\u{(int)character:X4}");
            }
            else
            {
                text.Append(character);
            }
        }

        displayColumn[line.Length] = text.Length;
        Text = text.ToString();
    }

    public string Text { get; }

    /// <summary>Where the character at <paramref name="index"/> of the source line starts in <see cref="Text"/>.</summary>
    public int DisplayColumn(int index) => displayColumn[Math.Clamp(index, 0, displayColumn.Length - 1)];

    private static bool IsInvisibleFormatting(char character) =>
        CharUnicodeInfo.GetUnicodeCategory(character) is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator ||
        character is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C';
}
