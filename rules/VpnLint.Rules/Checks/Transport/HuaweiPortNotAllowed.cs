using VpnLint.Rules.Catalog;
using VpnLint.Rules.Engine;
using VpnLint.Rules.Model;
using VpnLint.Rules.Parameters;

namespace VpnLint.Rules.Checks.Transport;

/// <summary>VPN302: Huawei's ssl_options.port takes 443 or 1194.</summary>
internal sealed class HuaweiPortNotAllowed : RequestCheck
{
    public override string RuleId => RuleIds.HuaweiPortNotAllowed;

    public override void Check(RequestCheckContext context)
    {
        if (context.Request.Get(ParameterNames.SslOptions) is not ObjectValue options)
        {
            return;
        }

        var value = options.Get(ParameterNames.SslPort);
        if (ValueReader.TryReadInteger(value, out var port) && port is not (443 or 1194))
        {
            var path = context.Request.PathOf(ParameterNames.SslOptions) + "." + ParameterNames.SslPort;
            context.Report(RuleId, value!.Span, path, [Paths.Display(path), ValueReader.Format(port)]);
        }
    }
}
