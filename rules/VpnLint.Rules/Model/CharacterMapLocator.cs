namespace VpnLint.Rules.Model;

/// <summary>
/// Locates the characters of a string whose source has escapes (<c>\"</c>, <c>\u0041</c>): the offset in the
/// enclosing text where each decoded character starts, and where the last one ends, mapped on through
/// the enclosing text's own locator. Front ends use it for escaped JSON strings and C# literals.
/// </summary>
public sealed class CharacterMapLocator : ITextLocator
{
    private readonly ITextLocator enclosing;
    private readonly IReadOnlyList<int> offsets;

    /// <param name="enclosing">Locates ranges of the text the string stands in.</param>
    /// <param name="offsets">For each decoded character, its start in the enclosing text; then the end of the last one.</param>
    public CharacterMapLocator(ITextLocator enclosing, IReadOnlyList<int> offsets)
    {
        this.enclosing = enclosing;
        this.offsets = offsets;
    }

    public SourceSpan Locate(int start, int length)
    {
        var first = Math.Min(Math.Max(start, 0), offsets.Count - 1);
        var last = Math.Min(Math.Max(start + length, first), offsets.Count - 1);
        return enclosing.Locate(offsets[first], offsets[last] - offsets[first]);
    }
}
