using VpnLint.Rules.Catalog;
using VpnLint.Rules.Engine;
using VpnLint.Rules.Parameters;

namespace VpnLint.Rules.Checks.Gateway;

/// <summary>VPN607: DisasterRecoveryVSwitchId without VSwitchId; dual-tunnel regions need both.</summary>
internal sealed class DisasterRecoveryWithoutVSwitch : RequestCheck
{
    public override string RuleId => RuleIds.DisasterRecoveryWithoutVSwitch;

    public override void Check(RequestCheckContext context)
    {
        var disasterRecovery = context.Request.Get(ParameterNames.DisasterRecoveryVSwitchId);
        var vSwitch = context.Request.Get(ParameterNames.VSwitchId);
        if (ValueReader.HasContent(disasterRecovery) && !ValueReader.HasContent(vSwitch))
        {
            context.Report(RuleId, disasterRecovery!.Span, context.Request.PathOf(ParameterNames.DisasterRecoveryVSwitchId), []);
        }
    }
}
