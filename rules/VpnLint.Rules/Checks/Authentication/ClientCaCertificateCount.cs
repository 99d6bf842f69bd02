using System.Globalization;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Engine;
using VpnLint.Rules.Model;
using VpnLint.Rules.Parameters;

namespace VpnLint.Rules.Checks.Authentication;

/// <summary>
/// VPN402: with client_auth_type CERT, Huawei needs 1 to 10 client CA certificates; more than 10 is an
/// error in any mode. client_auth_type defaults to LOCAL_PASSWORD.
/// </summary>
internal sealed class ClientCaCertificateCount : RequestCheck
{
    public const int Maximum = 10;
    private const string CertificateAuthentication = "CERT";

    public override string RuleId => RuleIds.ClientCaCertificateCount;

    public override void Check(RequestCheckContext context)
    {
        var request = context.Request;
        var path = request.PathOf(ParameterNames.ClientCaCertificates);
        var authType = request.Get(ParameterNames.ClientAuthType);
        var certificateMode = ValueReader.ReadText(authType) == CertificateAuthentication;
        var certificates = request.Get(ParameterNames.ClientCaCertificates);
        var count = (certificates as ArrayValue)?.Items.Count;

        if (count > Maximum)
        {
            context.Report(RuleId, certificates!.Span, path,
                [ParameterNames.ClientCaCertificates, $"has {Format(count.Value)} certificates", $"Huawei takes at most {Maximum}"]);
        }
        else if (certificateMode && !ValueReader.IsPresent(certificates))
        {
            context.Report(RuleId, authType!.Span, path,
                [ParameterNames.ClientCaCertificates, "is missing", $"client_auth_type CERT needs 1 to {Maximum} client CA certificates to authenticate clients"]);
        }
        else if (certificateMode && count == 0)
        {
            context.Report(RuleId, certificates!.Span, path,
                [ParameterNames.ClientCaCertificates, "is empty", $"client_auth_type CERT needs 1 to {Maximum} client CA certificates to authenticate clients"]);
        }
    }

    private static string Format(int number) => number.ToString(CultureInfo.InvariantCulture);
}
