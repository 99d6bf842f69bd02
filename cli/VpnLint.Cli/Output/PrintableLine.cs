using System.Text;
using VpnLint.Rules;

namespace VpnLint.Cli.Output;

/// <summary>
/// A source line as a terminal can show it: what <see cref="PrintableText"/> escapes in messages is escaped
/// here too (<c>\u001B</c>, <c>\u202E</c>), so that a file cannot move the cursor, rewrite what was printed
/// or reorder the text. A tab stays a tab, which the caret line repeats to stay aligned.
/// </summary>
internal sealed class PrintableLine
{
    private readonly int[] displayColumn;

    public PrintableLine(string line)
    {
        var text = new StringBuilder(line.Length);
        displayColumn = new int[line.Length + 1];
        var columns = 0;
        for (var index = 0; index < line.Length; index++)
        {
            displayColumn[index] = columns;
            var character = line[index];
            if (character != '\t' && PrintableText.NeedsEscape(character))
            {
                text.Append(PrintableText.Escape(character));
            }
            else
            {
                text.Append(character);
            }

            columns += IsSecondOfPair(line, index) ? 0 : Width(character);
        }

        displayColumn[line.Length] = columns;
        Text = text.ToString();
    }

    public string Text { get; }

    /// <summary>How many columns of <see cref="Text"/> a character of the source line takes (a surrogate pair takes one).</summary>
    public static int Width(char character) => character != '\t' && PrintableText.NeedsEscape(character) ? PrintableText.Escape(character).Length : 1;

    /// <summary>The screen column where the character at <paramref name="index"/> of the source line starts in <see cref="Text"/>.</summary>
    public int DisplayColumn(int index) => displayColumn[Math.Clamp(index, 0, displayColumn.Length - 1)];

    private static bool IsSecondOfPair(string line, int index) => char.IsLowSurrogate(line[index]) && index > 0 && char.IsHighSurrogate(line[index - 1]);
}
