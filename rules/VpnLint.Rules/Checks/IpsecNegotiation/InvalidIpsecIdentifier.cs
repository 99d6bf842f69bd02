using System.Net;
using System.Net.Sockets;
using VpnLint.Rules.Addressing;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Engine;
using VpnLint.Rules.Parameters;

namespace VpnLint.Rules.Checks.IpsecNegotiation;

/// <summary>
/// VPN503: IkeConfig's LocalId and RemoteId are each an FQDN (two or more labels of letters, digits and
/// hyphens, a non-numeric last label) or an IP address (strict IPv4, or IPv6). Empty means the default.
/// </summary>
internal sealed class InvalidIpsecIdentifier : RequestCheck
{
    private static readonly string[] Identifiers = [ParameterNames.LocalId, ParameterNames.RemoteId];

    public override string RuleId => RuleIds.InvalidIpsecIdentifier;

    public override void Check(RequestCheckContext context)
    {
        var config = context.Request.EmbeddedObject(ParameterNames.IkeConfig);
        foreach (var name in Identifiers)
        {
            var value = config?.Get(name);
            if (ValueReader.ReadText(value) is { Length: > 0 } text && !IsIpAddress(text) && !IsFqdn(text))
            {
                var path = context.Request.PathOf(ParameterNames.IkeConfig) + "." + name;
                context.Report(RuleId, value!.Span, path, [path, ValueDescription.Quote(text)]);
            }
        }
    }

    private static bool IsIpAddress(string text) =>
        Ipv4Address.TryParse(text, out _) ||
        (text.IndexOf(':') >= 0 && IPAddress.TryParse(text, out var address) && address.AddressFamily == AddressFamily.InterNetworkV6);

    private static bool IsFqdn(string text)
    {
        var name = text.EndsWith(".", StringComparison.Ordinal) ? text.Substring(0, text.Length - 1) : text;
        if (name.Length is 0 or > 253)
        {
            return false;
        }

        var labels = name.Split('.');
        if (labels.Length < 2)
        {
            return false;
        }

        foreach (var label in labels)
        {
            if (!IsLabel(label))
            {
                return false;
            }
        }

        return !ValueReader.IsIntegerText(labels[labels.Length - 1]);
    }

    private static bool IsLabel(string label)
    {
        if (label.Length is 0 or > 63 || label[0] == '-' || label[label.Length - 1] == '-')
        {
            return false;
        }

        foreach (var character in label)
        {
            var allowed = (character >= 'a' && character <= 'z') || (character >= 'A' && character <= 'Z') ||
                (character >= '0' && character <= '9') || character == '-';
            if (!allowed)
            {
                return false;
            }
        }

        return true;
    }
}
