using System.Globalization;
using System.Text;

namespace VpnLint.Cli.Fixing;

/// <summary>
/// The unified diff of a file's fixes (<c>--fix --dry-run</c>), as <c>git diff</c> writes one, so that
/// <c>git apply</c> takes it: <c>a/</c> and <c>b/</c> paths, hunks with three lines of context. A fix replaces
/// characters within one line, so the old and the new text have the same lines and line breaks.
/// </summary>
internal static class UnifiedDiff
{
    private const int Context = 3;

    public static string Of(string path, string oldText, string newText)
    {
        var oldLines = Lines(oldText);
        var newLines = Lines(newText);
        var changed = new List<int>();
        for (var index = 0; index < oldLines.Count; index++)
        {
            if (oldLines[index] != newLines[index])
            {
                changed.Add(index);
            }
        }

        if (changed.Count == 0)
        {
            return string.Empty;
        }

        var diff = new StringBuilder();
        diff.Append("--- a/").Append(path).Append('\n');
        diff.Append("+++ b/").Append(path).Append('\n');
        var next = 0;
        while (next < changed.Count)
        {
            // A hunk takes every change whose context touches the previous one's.
            var first = changed[next];
            var last = first;
            while (next + 1 < changed.Count && changed[next + 1] - last <= (2 * Context) + 1)
            {
                last = changed[++next];
            }

            next++;
            var start = Math.Max(0, first - Context);
            var end = Math.Min(oldLines.Count - 1, last + Context);
            var count = Number(end - start + 1);
            diff.Append("@@ -").Append(Number(start + 1)).Append(',').Append(count)
                .Append(" +").Append(Number(start + 1)).Append(',').Append(count).Append(" @@\n");
            for (var line = start; line <= end; line++)
            {
                if (oldLines[line] == newLines[line])
                {
                    Append(diff, ' ', oldLines[line]);
                    continue;
                }

                // A run of changed lines reads as its old lines, then its new ones.
                var runEnd = line;
                while (runEnd + 1 <= end && oldLines[runEnd + 1] != newLines[runEnd + 1])
                {
                    runEnd++;
                }

                for (var changedLine = line; changedLine <= runEnd; changedLine++)
                {
                    Append(diff, '-', oldLines[changedLine]);
                }

                for (var changedLine = line; changedLine <= runEnd; changedLine++)
                {
                    Append(diff, '+', newLines[changedLine]);
                }

                line = runEnd;
            }
        }

        return diff.ToString();
    }

    private static void Append(StringBuilder diff, char prefix, string line)
    {
        var content = line.TrimEnd('\r', '\n');
        diff.Append(prefix).Append(content).Append('\n');
        if (content.Length == line.Length)
        {
            diff.Append("\\ No newline at end of file\n");
        }
    }

    /// <summary>The lines with their line breaks (CR LF, LF or CR), so that the last one tells whether the file ends with one.</summary>
    private static List<string> Lines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var index = 0; index < text.Length; index++)
        {
            if (text[index] == '\n' || (text[index] == '\r' && (index + 1 == text.Length || text[index + 1] != '\n')))
            {
                lines.Add(text[start..(index + 1)]);
                start = index + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }

        return lines;
    }

    private static string Number(int number) => number.ToString(CultureInfo.InvariantCulture);
}
