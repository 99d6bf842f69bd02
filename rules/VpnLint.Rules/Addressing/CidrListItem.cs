namespace VpnLint.Rules.Addressing;

/// <summary>One item of a comma-separated CIDR list: its text, where it starts in the list, and its parse.</summary>
public readonly struct CidrListItem
{
    internal CidrListItem(int index, int start, string text, CidrParseResult parse)
    {
        Index = index;
        Start = start;
        Text = text;
        Parse = parse;
    }

    /// <summary>The item's position in the list, from 0.</summary>
    public int Index { get; }

    /// <summary>The character offset of the item in the list text.</summary>
    public int Start { get; }

    public string Text { get; }

    public CidrParseResult Parse { get; }
}
