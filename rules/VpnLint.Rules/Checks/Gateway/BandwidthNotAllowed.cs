using VpnLint.Rules.Catalog;
using VpnLint.Rules.Engine;
using VpnLint.Rules.Parameters;

namespace VpnLint.Rules.Checks.Gateway;

/// <summary>VPN600: a public gateway takes 10, 100, 200, 500 or 1000 Mbit/s; a private one 200 or 1000.</summary>
internal sealed class BandwidthNotAllowed : RequestCheck
{
    public static readonly IReadOnlyList<long> PublicBandwidths = [10, 100, 200, 500, 1000];
    public static readonly IReadOnlyList<long> PrivateBandwidths = [200, 1000];

    public override string RuleId => RuleIds.BandwidthNotAllowed;

    public override void Check(RequestCheckContext context)
    {
        var value = context.Request.Get(ParameterNames.Bandwidth);
        var networkType = GatewaySettings.NetworkType(context.Request);
        if (networkType is null || !ValueReader.TryReadInteger(value, out var bandwidth))
        {
            return;
        }

        var allowed = networkType == GatewaySettings.Private ? PrivateBandwidths : PublicBandwidths;
        if (!GatewaySettings.Contains(allowed, bandwidth))
        {
            context.Report(RuleId, value!.Span, context.Request.PathOf(ParameterNames.Bandwidth),
                [ValueReader.Format(bandwidth), networkType, GatewaySettings.Join(allowed)]);
        }
    }
}
