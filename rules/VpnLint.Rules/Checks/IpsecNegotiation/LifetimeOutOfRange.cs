using VpnLint.Rules.Catalog;
using VpnLint.Rules.Engine;
using VpnLint.Rules.Parameters;

namespace VpnLint.Rules.Checks.IpsecNegotiation;

/// <summary>VPN501: IkeConfig.IkeLifetime and IpsecConfig.IpsecLifetime are 0 to 86400 seconds.</summary>
internal sealed class LifetimeOutOfRange : RequestCheck
{
    public const long Maximum = 86400;

    private static readonly (string Config, string Lifetime)[] Lifetimes =
    [
        (ParameterNames.IkeConfig, ParameterNames.IkeLifetime),
        (ParameterNames.IpsecConfig, ParameterNames.IpsecLifetime),
    ];

    public override string RuleId => RuleIds.LifetimeOutOfRange;

    public override void Check(RequestCheckContext context)
    {
        foreach (var (config, lifetime) in Lifetimes)
        {
            var value = context.Request.EmbeddedObject(config)?.Get(lifetime);
            if (ValueReader.TryReadInteger(value, out var seconds) && seconds is < 0 or > Maximum)
            {
                var path = context.Request.PathOf(config) + "." + lifetime;
                context.Report(RuleId, value!.Span, path, [path, ValueReader.Format(seconds)]);
            }
        }
    }
}
