using VpnLint.Rules.Model;

namespace VpnLint.Cli.Input;

/// <summary>
/// A file's decoded text with its line starts, so that a character offset becomes a 1-based line and
/// column (in UTF-16 characters; CR LF, LF and a lone CR each end a line).
/// </summary>
internal sealed class SourceText : ITextLocator
{
    private readonly List<int> lineStarts;

    public SourceText(string text)
    {
        Text = text;
        lineStarts = new List<int>((text.Length / 24) + 1) { 0 };
        for (var index = 0; index < text.Length; index++)
        {
            var character = text[index];
            if (character == '\n' || (character == '\r' && (index + 1 == text.Length || text[index + 1] != '\n')))
            {
                lineStarts.Add(index + 1);
            }
        }
    }

    public string Text { get; }

    public int LineCount => lineStarts.Count;

    public SourceSpan Locate(int start, int length) => Span(start, start + length);

    public SourceSpan Span(int startOffset, int endOffset)
    {
        startOffset = Math.Clamp(startOffset, 0, Text.Length);
        endOffset = Math.Clamp(endOffset, startOffset, Text.Length);
        var (startLine, startColumn) = Position(startOffset);
        var (endLine, endColumn) = Position(endOffset);
        return new SourceSpan(startOffset, endOffset, startLine, startColumn, endLine, endColumn);
    }

    /// <summary>The span of a 1-based line and column, as a parser reports an error (one character wide when it can be).</summary>
    public SourceSpan At(int line, int column)
    {
        line = Math.Clamp(line, 1, lineStarts.Count);
        var offset = Math.Min(lineStarts[line - 1] + Math.Max(column, 1) - 1, LineEnd(line));
        return Span(offset, Math.Min(offset + 1, LineEnd(line)));
    }

    /// <summary>The text of a 1-based line, without its line break.</summary>
    public string Line(int line) => line < 1 || line > lineStarts.Count ? string.Empty : Text[lineStarts[line - 1]..LineEnd(line)];

    public int LineStart(int line) => lineStarts[Math.Clamp(line, 1, lineStarts.Count) - 1];

    /// <summary>Where a 1-based line ends, before its line break.</summary>
    public int LineEnd(int line)
    {
        line = Math.Clamp(line, 1, lineStarts.Count);
        var end = line < lineStarts.Count ? lineStarts[line] : Text.Length;
        while (end > lineStarts[line - 1] && (Text[end - 1] == '\n' || Text[end - 1] == '\r'))
        {
            end--;
        }

        return end;
    }

    private (int Line, int Column) Position(int offset)
    {
        var line = lineStarts.BinarySearch(offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return (line + 1, offset - lineStarts[line] + 1);
    }
}
