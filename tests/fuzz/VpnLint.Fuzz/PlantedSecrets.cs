using System.Text;
using System.Text.RegularExpressions;

namespace VpnLint.Fuzz;

/// <summary>
/// The secrets the seeds and the planting mutation write, tokens <c>PlantedSecret&lt;n&gt;</c>, and which of
/// them an input still writes as a secret: under a secret key (<c>Psk: </c>, <c>"Psk": "</c>, an
/// <c>IkeConfig</c> string's <c>\"Psk\":\"</c>, <c>pre_shared_key</c>, <c>password</c>, <c>private_key</c>,
/// <c>x-psk</c>, with an anchor or tag between) or as PEM material after <c>-----BEGIN ...-----</c>. A
/// mutation that broke that pair (renamed the key, cut the line) made the token ordinary text, which an
/// excerpt may show; so a token is asserted absent from the output only while every occurrence of it is
/// in such a pair. The input is read in every encoding the checker decodes, as its bytes do not say which.
/// </summary>
internal static partial class PlantedSecrets
{
    public const string TokenPrefix = "PlantedSecret";

    private static readonly Encoding[] Readings =
    [
        new UTF8Encoding(false, false),
        new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: false),
        new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: false),
        new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: false),
        new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: false),
    ];

    /// <summary>The tokens that <paramref name="bytes"/> writes only as secrets, and those it writes otherwise too.</summary>
    public static (HashSet<string> Secrets, HashSet<string> Exposed) Of(byte[] bytes)
    {
        var secrets = new HashSet<string>(StringComparer.Ordinal);
        var exposed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var encoding in Readings)
        {
            // Nearly every input holds a token in at most one encoding: look for its bytes before decoding.
            if (bytes.AsSpan().IndexOf(encoding.GetBytes(TokenPrefix)) < 0)
            {
                continue;
            }

            var text = encoding.GetString(bytes);
            if (!text.Contains(TokenPrefix, StringComparison.Ordinal))
            {
                continue;
            }

            var paired = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (Match pair in Pair().Matches(text))
            {
                var token = pair.Groups["token"].Value;
                paired[token] = paired.GetValueOrDefault(token) + 1;
            }

            var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (Match token in Token().Matches(text))
            {
                occurrences[token.Value] = occurrences.GetValueOrDefault(token.Value) + 1;
            }

            foreach (var (token, count) in occurrences)
            {
                (paired.GetValueOrDefault(token) == count ? secrets : exposed).Add(token);
            }
        }

        secrets.ExceptWith(exposed);
        return (secrets, exposed);
    }

    /// <summary>Whether <paramref name="output"/> holds <paramref name="token"/> itself, not a longer token it starts.</summary>
    public static bool Shows(string output, string token) => Token().Matches(output).Any(match => match.Value == token);

    /// <summary>A token with its digits whole: <c>PlantedSecret1</c> is not a prefix of <c>PlantedSecret12</c>.</summary>
    [GeneratedRegex(@"PlantedSecret\d+(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    [GeneratedRegex(@"(?:(?<![\p{L}\p{N}_])(?:Psk|psk|PSK|x-psk|pre_shared_key|password|private_key)\\?""?[ \t]*:[ \t]*(?:[&!][^\s]*[ \t]+)*\\?[""']?|-----BEGIN [A-Z ]+-----(?:\r?\n[ \t]*)?)(?<token>PlantedSecret\d+)(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Pair();
}
