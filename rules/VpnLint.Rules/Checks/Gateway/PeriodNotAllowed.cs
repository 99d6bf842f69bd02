using VpnLint.Rules.Catalog;
using VpnLint.Rules.Engine;
using VpnLint.Rules.Parameters;

namespace VpnLint.Rules.Checks.Gateway;

/// <summary>VPN605: Period is 1 to 9, 12, 24 or 36 months.</summary>
internal sealed class PeriodNotAllowed : RequestCheck
{
    public static readonly IReadOnlyList<long> Allowed = [1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 24, 36];

    public override string RuleId => RuleIds.PeriodNotAllowed;

    public override void Check(RequestCheckContext context)
    {
        var value = context.Request.Get(ParameterNames.Period);
        if (ValueReader.TryReadInteger(value, out var period) && !GatewaySettings.Contains(Allowed, period))
        {
            context.Report(RuleId, value!.Span, context.Request.PathOf(ParameterNames.Period), [ValueReader.Format(period)]);
        }
    }
}
