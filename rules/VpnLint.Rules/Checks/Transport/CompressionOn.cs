using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Engine;
using VpnLint.Rules.Model;
using VpnLint.Rules.Parameters;

namespace VpnLint.Rules.Checks.Transport;

/// <summary>
/// VPN304: compression is on (Compress, Huawei's ssl_options.is_compressed). The pages differ on the
/// default: CreateSslVpnServer's is false, ModifySslVpnServer's is true, so a modification that leaves
/// Compress out is reported too.
/// </summary>
internal sealed class CompressionOn : RequestCheck
{
    public override string RuleId => RuleIds.CompressionOn;

    public override void Check(RequestCheckContext context)
    {
        var request = context.Request;
        if (request.Api == ApiKind.HuaweiCreateVpnServer)
        {
            if (request.Get(ParameterNames.SslOptions) is ObjectValue options && ValueReader.IsTrue(options.Get(ParameterNames.IsCompressed)))
            {
                var path = request.PathOf(ParameterNames.SslOptions) + "." + ParameterNames.IsCompressed;
                context.Report(RuleId, options.Get(ParameterNames.IsCompressed)!.Span, path, [Paths.Display(path), "is true"]);
            }

            return;
        }

        var compress = request.Get(ParameterNames.Compress);
        if (ValueReader.IsTrue(compress))
        {
            context.Report(RuleId, compress!.Span, request.PathOf(ParameterNames.Compress), [ParameterNames.Compress, "is true"]);
        }
        else if (request.Api == ApiKind.ModifySslVpnServer && !ValueReader.IsPresent(compress) && request.Parameters is { } parameters)
        {
            context.Report(RuleId, parameters.Span, request.PathOf(ParameterNames.Compress),
                [ParameterNames.Compress, "is not set, and ModifySslVpnServer documents true as its default"]);
        }
    }
}
