using System.Globalization;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Engine;

namespace VpnLint.Rules.Checks.Authentication;

/// <summary>
/// VPN404: a client CA certificate has an RSA key under the 3072 bits the page recommends, or is past
/// its expiry at the context's time. One finding per problem.
/// </summary>
internal sealed class WeakCertificate : RequestCheck
{
    public const int RecommendedRsaBits = 3072;

    public override string RuleId => RuleIds.WeakCertificate;

    public override void Check(RequestCheckContext context)
    {
        foreach (var (content, path) in context.Request.ClientCaCertificateContents())
        {
            var certificate = context.Request.ReadCertificate(content);
            if (certificate.Problem is not null)
            {
                continue;
            }

            var display = Paths.Display(path);
            if (certificate.RsaKeyBits < RecommendedRsaBits)
            {
                context.Report(RuleId, content.Span, path,
                [
                    display,
                    $"has a {certificate.RsaKeyBits.Value.ToString(CultureInfo.InvariantCulture)}-bit RSA key",
                    "the page recommends RSA-3072 or RSA-4096; issue the CA with a stronger key",
                ]);
            }

            if (certificate.NotAfterUtc < context.Context.Now.UtcDateTime)
            {
                context.Report(RuleId, content.Span, path,
                [
                    display,
                    $"expired on {certificate.NotAfterUtc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC",
                    "clients it signed can no longer authenticate; upload a valid CA certificate",
                ]);
            }
        }
    }
}
