using System.Text.RegularExpressions;

namespace VpnLint.Rules.Tests.Documentation;

/// <summary>
/// What the documentation tests read of a Markdown file: its lines, its fenced code blocks, its first
/// table, and the targets of its links outside code blocks. Just enough Markdown for pages we write.
/// </summary>
internal sealed partial class MarkdownFile
{
    private MarkdownFile(string path, IReadOnlyList<string> lines)
    {
        Path = path;
        Lines = lines;
        var blocks = new List<CodeBlock>();
        var prose = new List<string>();
        ReadBlocks(lines, blocks, prose);
        CodeBlocks = blocks;
        Prose = prose;
    }

    public string Path { get; }

    public string FileName => System.IO.Path.GetFileName(Path);

    public IReadOnlyList<string> Lines { get; }

    public IReadOnlyList<CodeBlock> CodeBlocks { get; }

    /// <summary>The lines outside code blocks.</summary>
    public IReadOnlyList<string> Prose { get; }

    public static MarkdownFile Read(string path) =>
        new(path, File.ReadAllText(path).ReplaceLineEndings("\n").Split('\n'));

    /// <summary>The cells of the first table's rows, header and separator left out.</summary>
    public IReadOnlyList<IReadOnlyList<string>> FirstTable()
    {
        var rows = new List<IReadOnlyList<string>>();
        var inTable = false;
        foreach (var line in Prose)
        {
            if (!line.StartsWith('|'))
            {
                if (inTable)
                {
                    break;
                }

                continue;
            }

            inTable = true;
            rows.Add(Cells(line));
        }

        // The header row and the |---| separator.
        return rows.Skip(2).ToList();
    }

    /// <summary>The targets of inline links and images outside code blocks and code spans.</summary>
    public IEnumerable<string> LinkTargets()
    {
        foreach (var line in Prose)
        {
            foreach (Match match in LinkPattern().Matches(CodeSpanPattern().Replace(line, string.Empty)))
            {
                yield return match.Groups["target"].Value;
            }
        }
    }

    public static IReadOnlyList<string> Cells(string row) =>
        row.Trim().Trim('|').Split('|').Select(cell => cell.Trim()).ToList();

    private static void ReadBlocks(IReadOnlyList<string> lines, List<CodeBlock> blocks, List<string> prose)
    {
        for (var index = 0; index < lines.Count; index++)
        {
            // A fence may be indented, inside a list item.
            var line = lines[index].TrimStart();
            if (!line.StartsWith("```", StringComparison.Ordinal))
            {
                prose.Add(lines[index]);
                continue;
            }

            var fence = new string('`', line.TakeWhile(character => character == '`').Count());
            var info = line[fence.Length..].Trim();
            var start = index + 1;
            var end = start;
            while (end < lines.Count && !lines[end].TrimStart().StartsWith(fence, StringComparison.Ordinal))
            {
                end++;
            }

            Assert.IsLessThan(lines.Count, end, $"The code block at line {index + 1} is not closed.");
            blocks.Add(new CodeBlock(info, string.Join('\n', lines.Skip(start).Take(end - start)), index + 1));
            index = end;
        }
    }

    [GeneratedRegex(@"!?\[[^\]]*\]\((?<target>[^)\s]+)(\s+""[^""]*"")?\)")]
    private static partial Regex LinkPattern();

    [GeneratedRegex("`[^`]*`")]
    private static partial Regex CodeSpanPattern();
}
