using VpnLint.Rules.Catalog;
using VpnLint.Rules.Engine;
using VpnLint.Rules.Parameters;

namespace VpnLint.Rules.Checks.Transport;

/// <summary>VPN301: the SSL server pages list sixteen ports the service keeps for itself.</summary>
internal sealed class ReservedPort : RequestCheck
{
    public static readonly IReadOnlyList<long> Reserved = [22, 2222, 22222, 9000, 9001, 9002, 7505, 80, 443, 53, 68, 123, 4510, 4560, 500, 4500];

    public override string RuleId => RuleIds.ReservedPort;

    public override void Check(RequestCheckContext context)
    {
        var value = context.Request.Get(ParameterNames.Port);
        if (ValueReader.TryReadInteger(value, out var port) && IsReserved(port))
        {
            context.Report(RuleId, value!.Span, context.Request.PathOf(ParameterNames.Port), [ParameterNames.Port, ValueReader.Format(port)], replacement: PortOutOfRange.DefaultPort);
        }
    }

    private static bool IsReserved(long port)
    {
        for (var index = 0; index < Reserved.Count; index++)
        {
            var reserved = Reserved[index];
            if (reserved == port)
            {
                return true;
            }
        }

        return false;
    }
}
