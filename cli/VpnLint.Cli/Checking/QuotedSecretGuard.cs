using System.Text.RegularExpressions;
using VpnLint.Cli.Requests;

namespace VpnLint.Cli.Checking;

/// <summary>
/// The last guard before a finding leaves the checker. A message may quote a value whole, and a value that is not a
/// secret can still hold one: JSON text with a <c>Psk</c> member, under a key that is not IkeConfig (VPN004 quotes
/// it as the wrong type). Such a message gives the rule's title and says it is withheld, so that no report shows it.
/// </summary>
internal static partial class QuotedSecretGuard
{
    public static ReportedFinding Checked(ReportedFinding finding) => QuotesSecretMember(finding.Message)
        ? finding with { Message = $"{finding.Rule.Title} (the message is withheld: it would show a secret)", Replacement = null }
        : finding;

    private static bool QuotesSecretMember(string message)
    {
        if (message.IndexOf('"') < 0)
        {
            return false;
        }

        foreach (Match key in QuotedKey().Matches(message))
        {
            if (SecretNames.IsSecret(key.Groups["name"].Value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A JSON member's name as a message quotes JSON text: <c>"Psk":</c>.</summary>
    [GeneratedRegex(@"""(?<name>[^""\\]{1,64})""\s*:", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedKey();
}
