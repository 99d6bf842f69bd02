namespace VpnLint.Rules.Model;

/// <summary>A value of the neutral request model, with the span it came from.</summary>
public abstract class RequestValue
{
    protected RequestValue(SourceSpan span) => Span = span;

    public SourceSpan Span { get; }

    public abstract ValueKind Kind { get; }
}
