namespace VpnLint.Rules.Model;

public sealed class StringValue : RequestValue, ITextLocator
{
    private readonly ITextLocator? locator;

    public StringValue(string text, SourceSpan span, ITextLocator? locator = null)
        : base(span)
    {
        Text = text;
        this.locator = locator;
    }

    public string Text { get; }

    public override ValueKind Kind => ValueKind.String;

    /// <summary>
    /// The span of part of the text; the whole value's span when the front end gave no way to map
    /// characters back to the source (never a wrong position, at worst a wider one).
    /// </summary>
    public SourceSpan Locate(int start, int length) => locator?.Locate(start, length) ?? Span;
}
