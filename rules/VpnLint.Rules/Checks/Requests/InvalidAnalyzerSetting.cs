using System.Globalization;
using VpnLint.Rules.Addressing;
using VpnLint.Rules.Engine;
using VpnLint.Rules.Model;
using VpnLint.Rules.Parameters;

namespace VpnLint.Rules.Checks.Requests;

/// <summary>
/// VPN008: a <c>vpnlint.</c> setting of <c>.editorconfig</c> or <c>.globalconfig</c> that the analyzers
/// cannot use. Only the analyzers read these settings, so the settings, how their values read and what
/// the message says of a wrong one all live here, with the rule; the analyzers report it once per
/// compilation and go on without the setting.
/// </summary>
public static class InvalidAnalyzerSetting
{
    public const string Prefix = "vpnlint.";

    /// <summary>The gateway's SslConnections, for VPN200, when the code does not create the gateway.</summary>
    public const string SslConnections = "vpnlint.ssl_connections";

    /// <summary>The VPC's CIDR blocks and route destinations, separated by commas, for VPN107.</summary>
    public const string VpcCidrs = "vpnlint.vpc_cidrs";

    public static IReadOnlyList<string> Names { get; } = [SslConnections, VpcCidrs];

    /// <summary>The connection limit <c>vpnlint.ssl_connections</c> gives; null when its value is not a gateway's SslConnections.</summary>
    public static ConnectionLimit? ReadSslConnections(string value) =>
        long.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var connections) && AllowedNumbers.SslConnections.Contains(connections)
            ? new ConnectionLimit((int)connections, SslConnections)
            : null;

    /// <summary>The blocks of <c>vpnlint.vpc_cidrs</c> that are IPv4 CIDR blocks; <paramref name="invalid"/> gets the others.</summary>
    public static IReadOnlyList<ContextCidr> ReadVpcCidrs(string value, List<string>? invalid = null)
    {
        var cidrs = new List<ContextCidr>();
        foreach (var item in value.Split(','))
        {
            var text = item.Trim();
            if (Ipv4Cidr.TryParse(text, out var block))
            {
                cidrs.Add(new ContextCidr(block, VpcCidrs));
            }
            else
            {
                invalid?.Add(text.Length == 0 ? "an empty item" : text);
            }
        }

        return cidrs;
    }

    /// <summary>
    /// The message arguments of VPN008 for the setting <paramref name="key"/> = <paramref name="value"/>;
    /// null when the analyzers can use it, or when the key is not one of VpnLint's (it does not start with <see cref="Prefix"/>).
    /// </summary>
    public static IReadOnlyList<string>? Problem(string key, string value)
    {
        if (!key.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (string.Equals(key, SslConnections, StringComparison.OrdinalIgnoreCase))
        {
            return ReadSslConnections(value) is null
                ? [Setting(key, value), "is not a gateway's SslConnections", $"use {AllowedNumbers.InWords(AllowedNumbers.SslConnections)}; VPN200 goes on without it"]
                : null;
        }

        if (string.Equals(key, VpcCidrs, StringComparison.OrdinalIgnoreCase))
        {
            var invalid = new List<string>();
            ReadVpcCidrs(value, invalid);
            return invalid.Count == 0
                ? null
                : [Setting(key, value), invalid.Count == 1 ? $"holds {invalid[0]}, which is not an IPv4 CIDR block" : $"holds {InWords(invalid)}, which are not IPv4 CIDR blocks",
                    "write blocks such as 172.16.0.0/12, separated by commas; VPN107 goes on with the others"];
        }

        var settings = $"{SslConnections} and {VpcCidrs}";
        return [key, "is not a VpnLint setting", NameSuggestion.Closest(key, Names) is { } meant ? $"did you mean {meant}? The settings are {settings}" : $"the settings are {settings}"];
    }

    private static string Setting(string key, string value) => value.Trim().Length == 0 ? $"{key} (empty)" : $"{key} = {value.Trim()}";

    private static string InWords(List<string> items) =>
        string.Join(", ", items.Take(items.Count - 1)) + " and " + items[items.Count - 1];
}
