using VpnLint.Rules.Model;

namespace VpnLint.Cli.Input;

/// <summary>A string value whose characters stand one to one in the source from <c>contentStart</c> on (no escapes, one line).</summary>
internal sealed class ContiguousTextLocator(SourceText source, int contentStart) : ITextLocator
{
    public SourceSpan Locate(int start, int length) => source.Locate(contentStart + start, length);
}

/// <summary>
/// A string value with escapes: <c>offsets[i]</c> is where the value's character <c>i</c> starts in the
/// source, and the last entry where the value ends, so that a part of the value maps to the escapes that wrote it.
/// </summary>
internal sealed class EscapedTextLocator(SourceText source, int[] offsets) : ITextLocator
{
    public SourceSpan Locate(int start, int length)
    {
        var last = offsets.Length - 1;
        var from = offsets[Math.Clamp(start, 0, last)];
        var to = offsets[Math.Clamp(start + length, 0, last)];
        return source.Span(from, to);
    }
}
