using VpnLint.Rules.Model;

namespace VpnLint.Rules.Tests.Support;

/// <summary>Maps offsets of a test's source text to 1-based lines and columns, as a file front end would.</summary>
internal sealed class SourceText : ITextLocator
{
    private readonly string text;

    public SourceText(string text) => this.text = text;

    public SourceSpan Locate(int start, int length)
    {
        var (startLine, startColumn) = Position(start);
        var (endLine, endColumn) = Position(start + length);
        return new SourceSpan(start, start + length, startLine, startColumn, endLine, endColumn);
    }

    private (int Line, int Column) Position(int offset)
    {
        var line = 1;
        var column = 1;
        for (var index = 0; index < offset && index < text.Length; index++)
        {
            if (text[index] == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }

        return (line, column);
    }
}
