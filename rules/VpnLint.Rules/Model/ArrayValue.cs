namespace VpnLint.Rules.Model;

public sealed class ArrayValue : RequestValue
{
    public ArrayValue(IReadOnlyList<RequestValue> items, SourceSpan span)
        : base(span) => Items = items;

    public IReadOnlyList<RequestValue> Items { get; }

    public override ValueKind Kind => ValueKind.Array;
}
