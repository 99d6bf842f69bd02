using VpnLint.Rules.Catalog;
using VpnLint.Rules.Engine;
using VpnLint.Rules.Parameters;

namespace VpnLint.Rules.Checks.Gateway;

/// <summary>VPN606: Period or AutoPay on a pay-as-you-go (POSTPAY) gateway, where they do nothing.</summary>
internal sealed class SubscriptionOptionOnPayAsYouGo : RequestCheck
{
    private static readonly string[] SubscriptionOptions = [ParameterNames.Period, ParameterNames.AutoPay];

    public override string RuleId => RuleIds.SubscriptionOptionOnPayAsYouGo;

    public override void Check(RequestCheckContext context)
    {
        if (ValueReader.ReadText(context.Request.Get(ParameterNames.InstanceChargeType)) != GatewaySettings.PayAsYouGo)
        {
            return;
        }

        foreach (var name in SubscriptionOptions)
        {
            var value = context.Request.Get(name);
            if (ValueReader.IsPresent(value))
            {
                context.Report(RuleId, value!.Span, context.Request.PathOf(name), [name]);
            }
        }
    }
}
