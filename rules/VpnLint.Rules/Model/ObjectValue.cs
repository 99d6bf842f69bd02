namespace VpnLint.Rules.Model;

/// <summary>
/// An object with its members in source order. Duplicate keys are kept, so that the rules can report
/// them; a lookup returns the last one, as most JSON readers and the query strings of the APIs do.
/// </summary>
public sealed class ObjectValue : RequestValue
{
    /// <summary>Up to this many members a repeat is found by scanning, which allocates nothing; above it, through an index built once.</summary>
    private const int ScanLimit = 16;

    // Built on first use; two threads racing build equal indexes, so either may win.
    private Dictionary<string, List<int>>? positionsByName;

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

    /// <summary>
    /// The first member with the name of member <paramref name="index"/> when that one repeats it (ordinal:
    /// JSON and YAML keys are case-sensitive); null for the first member of each name.
    /// </summary>
    public RequestMember? FirstOfName(int index)
    {
        var name = Members[index].Name;
        if (Members.Count <= ScanLimit)
        {
            for (var earlier = 0; earlier < index; earlier++)
            {
                if (string.Equals(Members[earlier].Name, name, StringComparison.Ordinal))
                {
                    return Members[earlier];
                }
            }

            return null;
        }

        var first = PositionsOf(name)[0];
        return first < index ? Members[first] : null;
    }

    /// <summary>
    /// Where the members called <paramref name="name"/> stand, duplicates included, in source order. Indexed
    /// once, on first use: a validator may name thousands of members of one object, each to be judged alone.
    /// </summary>
    public IReadOnlyList<int> PositionsOf(string name)
    {
        positionsByName ??= IndexPositions();
        return positionsByName.TryGetValue(name, out var positions) ? positions : [];
    }

    private Dictionary<string, List<int>> IndexPositions()
    {
        var index = new Dictionary<string, List<int>>(Members.Count, StringComparer.Ordinal);
        for (var position = 0; position < Members.Count; position++)
        {
            if (!index.TryGetValue(Members[position].Name, out var positions))
            {
                index.Add(Members[position].Name, positions = new List<int>(1));
            }

            positions.Add(position);
        }

        return index;
    }
}
