namespace VpnLint.Rules.Model;

/// <summary>
/// An object with its members in source order. Duplicate keys are kept, so that the rules can report
/// them; a lookup returns the last one, as most JSON readers and the query strings of the APIs do.
/// </summary>
public sealed class ObjectValue : RequestValue
{
    public ObjectValue(IReadOnlyList<RequestMember> members, SourceSpan span)
        : base(span) => Members = members;

    public IReadOnlyList<RequestMember> Members { get; }

    public override ValueKind Kind => ValueKind.Object;

    public RequestMember? Find(string name)
    {
        for (var index = Members.Count - 1; index >= 0; index--)
        {
            if (string.Equals(Members[index].Name, name, StringComparison.Ordinal))
            {
                return Members[index];
            }
        }

        return null;
    }

    public RequestValue? Get(string name) => Find(name)?.Value;
}
