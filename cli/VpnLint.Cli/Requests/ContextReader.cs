using System.Globalization;
using VpnLint.Rules.Addressing;
using VpnLint.Rules.Model;
using VpnLint.Rules.Parameters;

namespace VpnLint.Cli.Requests;

/// <summary>
/// Reads a context object (<c>vpcCidrs</c>, <c>sslConnections</c>, <c>maxConnections</c>) from a bundle or
/// a configuration file. What it cannot use is a located error, never silently dropped.
/// </summary>
internal static class ContextReader
{
    public const string VpcCidrs = "vpcCidrs";
    public const string SslConnections = "sslConnections";
    public const string MaxConnections = "maxConnections";

    public static FileContext Read(RequestValue value, string source, string displayPath, List<string> errors)
    {
        if (value is not ObjectValue context)
        {
            errors.Add(Located(displayPath, value.Span, "context must be a mapping of vpcCidrs, sslConnections and maxConnections"));
            return FileContext.Empty;
        }

        ConnectionLimit? ssl = null, max = null;
        List<ContextCidr>? cidrs = null;
        foreach (var member in context.Members)
        {
            switch (member.Name)
            {
                case SslConnections:
                    ssl = ReadLimit(member, source, displayPath, errors);
                    break;
                case MaxConnections:
                    max = ReadLimit(member, source, displayPath, errors);
                    break;
                case VpcCidrs:
                    cidrs = ReadCidrs(member.Value, source, displayPath, errors);
                    break;
                default:
                    errors.Add(Located(displayPath, member.NameSpan, $"context has no setting {member.Name}; it takes {VpcCidrs}, {SslConnections} and {MaxConnections}"));
                    break;
            }
        }

        return new FileContext(ssl, max, cidrs);
    }

    public static bool TryParseCidr(string text, out Ipv4Cidr cidr) => Ipv4Cidr.TryParse(text.Trim(), out cidr);

    public static string Located(string displayPath, SourceSpan span, string message) =>
        $"{displayPath}({span.StartLine},{span.StartColumn}): {message}";

    private static ConnectionLimit? ReadLimit(RequestMember member, string source, string displayPath, List<string> errors)
    {
        var number = member.Value switch
        {
            NumberValue { IsInteger: true } value => (long?)value.Value,
            StringValue text when long.TryParse(text.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null,
        };
        if (number is null or < 1 or > 100_000)
        {
            errors.Add(Located(displayPath, member.Value.Span, $"{member.Name} must be a whole number of connections (1 to 100000)"));
            return null;
        }

        if (member.Name == SslConnections && !AllowedNumbers.SslConnections.Contains(number.Value))
        {
            errors.Add(Located(displayPath, member.Value.Span, $"{SslConnections} {number} is not a gateway's SslConnections: use {AllowedNumbers.InWords(AllowedNumbers.SslConnections)}"));
            return null;
        }

        return new ConnectionLimit((int)number.Value, source);
    }

    private static List<ContextCidr>? ReadCidrs(RequestValue value, string source, string displayPath, List<string> errors)
    {
        var items = value switch
        {
            ArrayValue array => array.Items,
            StringValue => [value],
            _ => null,
        };
        if (items is null)
        {
            errors.Add(Located(displayPath, value.Span, $"{VpcCidrs} must be a list of IPv4 CIDR blocks"));
            return null;
        }

        var cidrs = new List<ContextCidr>();
        foreach (var item in items)
        {
            foreach (var part in (item as StringValue)?.Text.Split(',') ?? [string.Empty])
            {
                if (TryParseCidr(part, out var cidr))
                {
                    cidrs.Add(new ContextCidr(cidr, source));
                }
                else
                {
                    errors.Add(Located(displayPath, item.Span, $"{VpcCidrs}: {(item is StringValue ? part.Trim() : "this value")} is not an IPv4 CIDR block such as 172.16.0.0/12"));
                }
            }
        }

        return cidrs;
    }
}
