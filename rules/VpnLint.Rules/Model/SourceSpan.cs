namespace VpnLint.Rules.Model;

/// <summary>
/// Where a value came from: 1-based line and column of its first and last character (the end is
/// exclusive), and the same range as 0-based character offsets into the source text, so that a
/// file front end can print a line and column while a Roslyn front end can build a location.
/// </summary>
public readonly struct SourceSpan : IEquatable<SourceSpan>
{
    public SourceSpan(int startOffset, int endOffset, int startLine, int startColumn, int endLine, int endColumn)
    {
        StartOffset = startOffset;
        EndOffset = endOffset;
        StartLine = startLine;
        StartColumn = startColumn;
        EndLine = endLine;
        EndColumn = endColumn;
    }

    public int StartOffset { get; }

    public int EndOffset { get; }

    public int StartLine { get; }

    public int StartColumn { get; }

    public int EndLine { get; }

    public int EndColumn { get; }

    public int Length => EndOffset - StartOffset;

    /// <summary>True for the default span, given to values no source position is known for.</summary>
    public bool IsUnknown => StartLine == 0;

    public bool Equals(SourceSpan other) =>
        StartOffset == other.StartOffset && EndOffset == other.EndOffset &&
        StartLine == other.StartLine && StartColumn == other.StartColumn &&
        EndLine == other.EndLine && EndColumn == other.EndColumn;

    public override bool Equals(object? obj) => obj is SourceSpan other && Equals(other);

    public override int GetHashCode() => (StartOffset * 397) ^ EndOffset ^ (StartLine << 16) ^ StartColumn;

    public override string ToString() => $"({StartLine},{StartColumn})-({EndLine},{EndColumn})";

    public static bool operator ==(SourceSpan left, SourceSpan right) => left.Equals(right);

    public static bool operator !=(SourceSpan left, SourceSpan right) => !left.Equals(right);
}
