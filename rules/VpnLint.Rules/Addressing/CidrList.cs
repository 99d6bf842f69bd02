namespace VpnLint.Rules.Addressing;

/// <summary>
/// Splits a comma-separated list of blocks (<c>192.168.1.0/24,192.168.2.0/24</c>, as Alibaba's
/// <c>LocalSubnet</c> takes it) into items with their offsets, so that a finding points at one item.
/// Spaces are kept inside the items, where the parser reports them.
/// </summary>
public static class CidrList
{
    public static IReadOnlyList<CidrListItem> Split(string text)
    {
        var items = new List<CidrListItem>();
        var itemStart = 0;
        for (var index = 0; index <= text.Length; index++)
        {
            if (index < text.Length && text[index] != ',')
            {
                continue;
            }

            var length = index - itemStart;
            items.Add(new CidrListItem(items.Count, itemStart, text.Substring(itemStart, length), CidrParser.Parse(text, itemStart, length)));
            itemStart = index + 1;
        }

        return items;
    }
}
