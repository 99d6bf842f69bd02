using VpnLint.Rules.Model;

namespace VpnLint.Rules.Json;

/// <summary>Maps the characters of a string inside a JSON string back through the outer string to the source.</summary>
internal sealed class NestedTextLocator : ITextLocator
{
    private readonly StringValue outer;
    private readonly int offset;

    public NestedTextLocator(StringValue outer, int offset)
    {
        this.outer = outer;
        this.offset = offset;
    }

    public SourceSpan Locate(int start, int length) => outer.Locate(offset + start, length);
}
