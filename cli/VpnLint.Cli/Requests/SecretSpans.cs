using System.Text.RegularExpressions;
using VpnLint.Cli.Parsing;
using VpnLint.Rules.Model;

namespace VpnLint.Cli.Requests;

/// <summary>
/// Where a file holds secrets: the value of every key that <see cref="SecretNames"/> calls secret, wherever
/// it stands (misspelt, misplaced, duplicated, or inside the JSON string of an IkeConfig), and every string
/// or key that holds PEM key or certificate material (<c>-----BEGIN</c>). Writers never show text inside these spans.
/// </summary>
internal static partial class SecretSpans
{
    /// <remarks>
    /// The model is immutable and built from its leaves up, so it holds no cycle; a node that YAML aliases
    /// reach several times is visited each time, which the reader's expansion budget bounds.
    /// </remarks>
    public static IReadOnlyList<SourceSpan> Find(ParsedDocument document)
    {
        var spans = new List<SourceSpan>();
        foreach (var root in document.Documents)
        {
            Visit(root, spans);
        }

        // An alias under a secret key repeats a value written at its anchor, perhaps under a key that is not secret.
        var secretsAtAliases = spans.Count;
        foreach (var use in document.Aliases)
        {
            for (var index = 0; index < secretsAtAliases; index++)
            {
                if (spans[index].StartOffset <= use.Alias.StartOffset && use.Alias.EndOffset <= spans[index].EndOffset)
                {
                    spans.Add(use.Anchored);
                    break;
                }
            }
        }

        return spans;
    }

    /// <summary>
    /// Whether the text of a file that could not be parsed names a secret anywhere, escapes decoded
    /// (<c>"P\u0073k"</c>): its secrets cannot be located, so none of it may be shown.
    /// </summary>
    public static bool MentionsSecret(string text)
    {
        var decoded = Escape().Replace(text, match => Decode(match.Groups["hex"].Value));
        if (decoded.Contains(SecretNames.PemStart, StringComparison.Ordinal))
        {
            return true;
        }

        foreach (Match word in Word().Matches(decoded))
        {
            if (SecretNames.IsSecret(word.Value))
            {
                return true;
            }
        }

        return false;
    }

    private static void Visit(RequestValue value, List<SourceSpan> spans)
    {
        switch (value)
        {
            case ObjectValue mapping:
                foreach (var member in mapping.Members)
                {
                    if (SecretNames.IsSecret(member.Name))
                    {
                        spans.Add(member.Value.Span);
                    }

                    if (member.Name.Contains(SecretNames.PemStart, StringComparison.Ordinal))
                    {
                        spans.Add(member.NameSpan);
                    }

                    Visit(member.Value, spans);
                }

                break;
            case ArrayValue list:
                foreach (var item in list.Items)
                {
                    Visit(item, spans);
                }

                break;
            case StringValue text when text.Text.Contains(SecretNames.PemStart, StringComparison.Ordinal):
                spans.Add(text.Span);
                break;
            case StringValue text:
                EmbeddedJsonSecrets.Find(text, spans);
                break;
        }
    }

    private static string Decode(string hex)
    {
        var code = Convert.ToInt64(hex, 16);
        return code is > 0x10FFFF or (>= 0xD800 and <= 0xDFFF) ? "?" : char.ConvertFromUtf32((int)code);
    }

    /// <summary>A JSON (<c>\u0073</c>, <c>\U00000073</c>) or YAML (<c>\x73</c>) escape of one character.</summary>
    [GeneratedRegex(@"\\(u(?<hex>[0-9A-Fa-f]{4})|U(?<hex>[0-9A-Fa-f]{8})|x(?<hex>[0-9A-Fa-f]{2}))", RegexOptions.CultureInvariant)]
    private static partial Regex Escape();

    [GeneratedRegex(@"[\p{L}\p{N}_\-.]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
