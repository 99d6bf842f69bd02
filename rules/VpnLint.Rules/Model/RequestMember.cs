namespace VpnLint.Rules.Model;

/// <summary>One key of an object and its value; the key's own span is where a duplicate or unknown key is reported.</summary>
public sealed class RequestMember
{
    public RequestMember(string name, SourceSpan nameSpan, RequestValue value)
    {
        Name = name;
        NameSpan = nameSpan;
        Value = value;
    }

    public string Name { get; }

    public SourceSpan NameSpan { get; }

    public RequestValue Value { get; }
}
