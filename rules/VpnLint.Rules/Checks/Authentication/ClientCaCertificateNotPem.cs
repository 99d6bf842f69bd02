using VpnLint.Rules.Catalog;
using VpnLint.Rules.Engine;

namespace VpnLint.Rules.Checks.Authentication;

/// <summary>VPN403: a client CA certificate's content is not a PEM X.509 certificate. The content is never repeated.</summary>
internal sealed class ClientCaCertificateNotPem : RequestCheck
{
    public override string RuleId => RuleIds.ClientCaCertificateNotPem;

    public override void Check(RequestCheckContext context)
    {
        foreach (var (content, path) in context.Request.ClientCaCertificateContents())
        {
            if (string.IsNullOrWhiteSpace(content.Text))
            {
                continue;
            }

            if (context.Request.ReadCertificate(content).Problem is { } problem)
            {
                context.Report(RuleId, content.Span, path, [Paths.Display(path), problem]);
            }
        }
    }
}
