using VpnLint.Rules.Catalog;
using VpnLint.Rules.Engine;
using VpnLint.Rules.Parameters;

namespace VpnLint.Rules.Checks.Gateway;

/// <summary>VPN601: SslConnections is 5, 10, 20, 50, 100, 200, 500 or 1000.</summary>
internal sealed class SslConnectionsNotAllowed : RequestCheck
{
    public override string RuleId => RuleIds.SslConnectionsNotAllowed;

    public override void Check(RequestCheckContext context)
    {
        var value = context.Request.Get(ParameterNames.SslConnections);
        if (ValueReader.TryReadInteger(value, out var connections) && !GatewaySettings.Contains(AllowedNumbers.SslConnections, connections))
        {
            context.Report(RuleId, value!.Span, context.Request.PathOf(ParameterNames.SslConnections), [ValueReader.Format(connections)]);
        }
    }
}
