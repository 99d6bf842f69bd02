using VpnLint.Rules.Addressing;
using VpnLint.Rules.Model;

namespace VpnLint.Rules.Engine;

/// <summary>One CIDR value of a request (a client block, or one item of a local list), parsed, with where it stands.</summary>
internal sealed class LocatedCidr
{
    public LocatedCidr(string parameter, string path, string text, CidrParseResult parse, SourceSpan span)
    {
        Parameter = parameter;
        Path = path;
        Text = text;
        Parse = parse;
        Span = span;
    }

    /// <summary>The parameter as messages name it: ClientIpPool, LocalSubnet, client_cidr, local_subnets.</summary>
    public string Parameter { get; }

    public string Path { get; }

    public string Text { get; }

    public CidrParseResult Parse { get; }

    public SourceSpan Span { get; }

    public bool IsValid => Parse.IsValid;

    public Ipv4Cidr Cidr => Parse.Cidr;
}
