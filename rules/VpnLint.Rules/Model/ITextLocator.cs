namespace VpnLint.Rules.Model;

/// <summary>
/// Maps a range of characters of a string value back to the source, so that a finding on one item of
/// a comma-separated list, or on a key inside an IkeConfig JSON string, points at that item. Front ends
/// supply one when the source text of the string is not the string itself (escapes, block scalars,
/// C# concatenation).
/// </summary>
public interface ITextLocator
{
    SourceSpan Locate(int start, int length);
}
