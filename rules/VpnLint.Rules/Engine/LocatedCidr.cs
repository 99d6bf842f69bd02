using VpnLint.Rules.Addressing;
using VpnLint.Rules.Model;

namespace VpnLint.Rules.Engine;

/// <summary>
/// One CIDR value of a request (a client block, or one item of a local list), parsed, with where it stands.
/// Its span and path are worked out only when a finding asks for them: mapping an item of a C# literal back
/// to its characters costs far more than judging the block.
/// </summary>
internal sealed class LocatedCidr
{
    private readonly RequestValue value;
    private readonly int start;
    private readonly string listPath;
    private readonly int item;

    /// <summary>The whole of <paramref name="value"/>, at <paramref name="path"/>.</summary>
    public LocatedCidr(string parameter, string path, string text, CidrParseResult parse, RequestValue value)
        : this(parameter, path, -1, text, parse, value, -1)
    {
    }

    /// <summary>Item <paramref name="item"/> of a list at <paramref name="listPath"/>; <paramref name="start"/> is its offset in a comma-separated string, or -1 for an item that is a value of its own.</summary>
    public LocatedCidr(string parameter, string listPath, int item, string text, CidrParseResult parse, RequestValue value, int start)
    {
        Parameter = parameter;
        this.listPath = listPath;
        this.item = item;
        Text = text;
        Parse = parse;
        this.value = value;
        this.start = start;
    }

    /// <summary>The parameter as messages name it: ClientIpPool, LocalSubnet, client_cidr, local_subnets.</summary>
    public string Parameter { get; }

    public string Path => item < 0 ? listPath : Paths.Item(listPath, item);

    public string Text { get; }

    public CidrParseResult Parse { get; }

    /// <summary>
    /// The item's characters; for an empty item of a comma-separated string, which has none, the comma or
    /// commas around it (<c>,,</c> in the middle, the comma itself at either end), so that an editor shows it.
    /// </summary>
    public SourceSpan Span => start >= 0 && value is StringValue list ? LocateItem(list) : value.Span;

    public bool IsValid => Parse.IsValid;

    public Ipv4Cidr Cidr => Parse.Cidr;

    private SourceSpan LocateItem(StringValue list)
    {
        if (Text.Length > 0)
        {
            return list.Locate(start, Text.Length);
        }

        var from = start > 0 ? start - 1 : start;
        var to = start < list.Text.Length ? start + 1 : start;
        return to > from ? list.Locate(from, to - from) : list.Span;
    }
}
