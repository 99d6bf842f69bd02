using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Engine;
using VpnLint.Rules.Model;
using VpnLint.Rules.Parameters;

namespace VpnLint.Rules.Checks.Transport;

/// <summary>
/// VPN304: compression is turned on (Compress, Huawei's ssl_options.is_compressed). A ModifySslVpnServer
/// that leaves Compress out leaves the server's compression as it is: a modification changes only the
/// parameters it sends, and the "true (default)" of its page is the Create-time default (which the
/// CreateSslVpnServer page gives as false) copied onto it. So only a value of true is reported.
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
    }
}
