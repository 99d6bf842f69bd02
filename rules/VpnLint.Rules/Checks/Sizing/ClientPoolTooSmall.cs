using System.Globalization;
using VpnLint.Rules.Addressing;
using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Engine;

namespace VpnLint.Rules.Checks.Sizing;

/// <summary>
/// VPN200: the client block is too small for the gateway's connection limit. Alibaba counts every
/// address and wants at least 4 × the limit; Huawei counts available addresses (less network and
/// broadcast) and wants more than 4 × the limit. An unknown Alibaba limit is held to the smallest, 5,
/// as a warning: a /28 or /29 can never serve even 5 clients.
/// </summary>
internal sealed class ClientPoolTooSmall : RequestCheck
{
    public override string RuleId => RuleIds.ClientPoolTooSmall;

    public override void Check(RequestCheckContext context)
    {
        if (context.Request.ClientCidr is not { IsValid: true } client || ClientPoolSizing.ResolveLimit(context) is not { } limit)
        {
            return;
        }

        var cloud = context.Request.Request.Description.Cloud;
        if (ClientPoolSizing.Fits(cloud, client.Cidr, limit.Connections))
        {
            return;
        }

        var needed = (long)ClientPoolSizing.AddressesPerClient * limit.Connections;
        var prefix = ClientPoolSizing.LargestPrefixThatFits(cloud, limit.Connections) ?? 0;
        var replacement = client.Cidr.WithPrefixLength(prefix).ToString();
        context.Report(
            RuleId,
            client.Span,
            client.Path,
            [
                client.Parameter,
                client.Text,
                Has(cloud, client.Cidr),
                limit.Description,
                cloud == Cloud.Huawei ? $"more than {Format(needed)} available" : $"at least {Format(needed)}",
                $"{ClientPoolSizing.AddressesPerClient} × {Format(limit.Connections)}",
                Format(prefix),
            ],
            severity: limit.IsAssumed ? Severity.Warning : null,
            replacement: replacement);
    }

    private static string Has(Cloud cloud, Ipv4Cidr block) => cloud == Cloud.Huawei
        ? $"{Format(ClientPoolSizing.UsableAddresses(cloud, block))} available addresses ({Format(block.AddressCount)} less the network and broadcast addresses)"
        : $"{Format(block.AddressCount)} addresses";

    private static string Format(long number) => number.ToString(CultureInfo.InvariantCulture);
}
