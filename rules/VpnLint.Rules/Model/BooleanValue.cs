namespace VpnLint.Rules.Model;

public sealed class BooleanValue : RequestValue
{
    public BooleanValue(bool value, SourceSpan span)
        : base(span) => Value = value;

    public bool Value { get; }

    public override ValueKind Kind => ValueKind.Boolean;
}
