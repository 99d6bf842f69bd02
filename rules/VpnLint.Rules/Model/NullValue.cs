namespace VpnLint.Rules.Model;

public sealed class NullValue : RequestValue
{
    public NullValue(SourceSpan span)
        : base(span)
    {
    }

    public override ValueKind Kind => ValueKind.Null;
}
