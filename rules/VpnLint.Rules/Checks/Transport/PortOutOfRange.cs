using VpnLint.Rules.Catalog;
using VpnLint.Rules.Engine;
using VpnLint.Rules.Parameters;

namespace VpnLint.Rules.Checks.Transport;

/// <summary>VPN300: an SSL server's Port must be 1 to 65535; the fix uses the default, 1194.</summary>
internal sealed class PortOutOfRange : RequestCheck
{
    public const string DefaultPort = "1194";

    public override string RuleId => RuleIds.PortOutOfRange;

    public override void Check(RequestCheckContext context)
    {
        var value = context.Request.Get(ParameterNames.Port);
        if (ValueReader.TryReadInteger(value, out var port) && port is < 1 or > 65535)
        {
            context.Report(RuleId, value!.Span, context.Request.PathOf(ParameterNames.Port), [ParameterNames.Port, ValueReader.Format(port)], replacement: DefaultPort);
        }
    }
}
