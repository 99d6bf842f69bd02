using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Engine;
using VpnLint.Rules.Model;
using VpnLint.Rules.Parameters;

namespace VpnLint.Rules.Checks.Requests;

/// <summary>
/// VPN010: a name breaks its page's format. Lengths count characters (a character outside the Basic
/// Multilingual Plane counts once); "letters" are Unicode letters, as the consoles accept Chinese names.
/// </summary>
internal sealed class InvalidName : RequestCheck
{
    public override string RuleId => RuleIds.InvalidName;

    public override void Check(RequestCheckContext context)
    {
        var request = context.Request;
        switch (request.Api)
        {
            case ApiKind.CreateVpnGateway:
                CheckName(context, request.Find(ParameterNames.Name), request.PathOf(ParameterNames.Name), GatewayNameProblem);
                break;
            case ApiKind.CreateSslVpnServer or ApiKind.ModifySslVpnServer:
                CheckName(context, request.Find(ParameterNames.Name), request.PathOf(ParameterNames.Name), SslServerNameProblem);
                break;
            case ApiKind.CreateIpsecServer:
                CheckName(context, request.Find(ParameterNames.IpSecServerName), request.PathOf(ParameterNames.IpSecServerName), name => LengthProblem(name, 1, 100));
                break;
            case ApiKind.HuaweiCreateVpnServer:
                CheckCertificateNames(context);
                break;
        }
    }

    private void CheckCertificateNames(RequestCheckContext context)
    {
        if (context.Request.Get(ParameterNames.ClientCaCertificates) is not ArrayValue certificates)
        {
            return;
        }

        var path = context.Request.PathOf(ParameterNames.ClientCaCertificates);
        for (var index = 0; index < certificates.Items.Count; index++)
        {
            if (certificates.Items[index] is ObjectValue certificate)
            {
                CheckName(context, certificate.Find(ParameterNames.CertificateName), Paths.Item(path, index) + "." + ParameterNames.CertificateName, CertificateNameProblem);
            }
        }
    }

    private void CheckName(RequestCheckContext context, RequestMember? member, string path, Func<string, string?> problemOf)
    {
        if (member?.Value is not StringValue name || problemOf(name.Text) is not { } problem)
        {
            return;
        }

        context.Report(RuleId, name.Span, path, [Paths.Display(path), ValueDescription.Quote(name.Text), problem]);
    }

    private static string? GatewayNameProblem(string name) =>
        LengthProblem(name, 2, 100) ?? UrlPrefixProblem(name) ??
        (!char.IsLetter(name, 0) ? "it must start with a letter" : null) ??
        CharacterProblem(name, static character => char.IsLetterOrDigit(character) || character is '_' or '-' or '.', "letters, digits, _, - and .");

    private static string? SslServerNameProblem(string name) => LengthProblem(name, 1, 100) ?? UrlPrefixProblem(name);

    private static string? CertificateNameProblem(string name) =>
        LengthProblem(name, 1, 64) ??
        CharacterProblem(name, static character => char.IsLetterOrDigit(character) || character is '_' or '-', "letters, digits, _ and -");

    private static string? LengthProblem(string name, int minimum, int maximum)
    {
        var length = CharacterCount(name);
        return length < minimum || length > maximum
            ? $"it must be {minimum} to {maximum} characters long, and it has {length}"
            : null;
    }

    private static string? UrlPrefixProblem(string name) =>
        name.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || name.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            ? "it must not start with http:// or https://"
            : null;

    private static string? CharacterProblem(string name, Func<char, bool> allowed, string allowedDescription)
    {
        foreach (var character in name)
        {
            if (!allowed(character))
            {
                return $"it may hold only {allowedDescription}, not '{character}'";
            }
        }

        return null;
    }

    private static int CharacterCount(string text)
    {
        var count = 0;
        for (var index = 0; index < text.Length; index++)
        {
            count++;
            if (char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                index++;
            }
        }

        return count;
    }
}
