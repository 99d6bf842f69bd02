namespace VpnLint.Rules.Model;

public sealed class NumberValue : RequestValue
{
    public NumberValue(double value, string text, SourceSpan span)
        : base(span)
    {
        Value = value;
        Text = text;
    }

    public double Value { get; }

    /// <summary>The number as written, for messages: 1194, 1.5, 1e3.</summary>
    public string Text { get; }

    public override ValueKind Kind => ValueKind.Number;

    public bool IsInteger => Value == Math.Floor(Value) && Value >= long.MinValue && Value <= long.MaxValue;
}
