using VpnLint.Rules.Catalog;
using VpnLint.Rules.Engine;

namespace VpnLint.Rules.Checks.Addressing;

/// <summary>
/// VPN102: the client block's prefix length must be 16 to 29. A block too small is widened to the
/// longest prefix that also meets the server's connection limit, so that the fix does not trade this
/// finding for VPN200; a block too large is narrowed to /16.
/// </summary>
internal sealed class ClientPoolPrefixLength : RequestCheck
{
    public const int Shortest = 16;
    public const int Longest = 29;

    public override string RuleId => RuleIds.ClientPoolPrefixLength;

    public override void Check(RequestCheckContext context)
    {
        if (context.Request.ClientCidr is not { IsValid: true } client)
        {
            return;
        }

        var prefix = client.Cidr.PrefixLength;
        if (prefix is >= Shortest and <= Longest)
        {
            return;
        }

        var target = prefix < Shortest ? Shortest : Math.Max(Shortest, Math.Min(Longest, SizedPrefix(context) ?? Longest));
        var fixedBlock = client.Cidr.WithPrefixLength(target).ToString();
        context.Report(RuleId, client.Span, client.Path,
            [client.Parameter, client.Text, prefix.ToString(System.Globalization.CultureInfo.InvariantCulture), fixedBlock],
            replacement: fixedBlock);
    }

    private static int? SizedPrefix(RequestCheckContext context) =>
        ClientPoolSizing.ResolveLimit(context) is { } limit
            ? ClientPoolSizing.LargestPrefixThatFits(context.Request.Request.Description.Cloud, limit.Connections)
            : null;
}
