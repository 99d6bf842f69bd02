using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using VpnLint.Rules.Apis;
using VpnLint.Rules.Parameters;

namespace VpnLint.Fuzz;

/// <summary>
/// Mutations of a seed's text, each small and blind to meaning, as a fuzzer's are, but aimed at what
/// request files hold: lines duplicated, dropped and swapped; characters a terminal or a parser may choke on
/// (lone surrogates, bidirectional marks, NUL, U+2028, BOMs inside the text); deep nesting; huge, negative and
/// odd numbers; long strings and lists; YAML anchors, aliases, merge keys, tags, directives and document
/// markers; JSON comments, trailing commas and escapes; other line breaks; the catalogue's own words; and a
/// planted secret under a secret key.
/// </summary>
internal static partial class TextMutations
{
    public static readonly Func<string, Random, string>[] All =
    [
        DuplicateLines, DeleteLines, SwapLines, InsertCharacters, DeepNesting, OddNumber, LongValue,
        YamlFeature, LineBreaks, ReplaceWord, JsonFeature, PlantSecret, Indentation, InsertSyntax, FlipCase, Truncate,
    ];

    private static readonly string[] Characters =
    [
        "\0", "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\u202E", "\u202D", "\u2066", "\u2069", "\u200E", "\u200F", "\u061C",
        "\u2028", "\u2029", "\u0085", "\uFEFF", "\u001B[2J", "\u001B]0;title\u0007", "\u0007", "\b", "\t", "\r", "\v", "\f",
        "\u007F", "\u009B", "\uFFFE", "\uFFFF", "\uFFFD", "\U0001F600", "中文", "é", "e\u0301", "\u00A0", "\u3000", "\u200B",
    ];

    private static readonly string[] Numbers =
    [
        "-1", "-0", "0", "1e400", "-1e400", "1e-400", "99999999999999999999999999999", "-9223372036854775809",
        "9223372036854775808", "2147483648", "-2147483649", "4294967296", "0x1F", "0o17", "1_000", "+12", "00012", ".inf",
        "-.inf", ".nan", "1.5", "1e2", "NaN", "Infinity", "-", "1.", ".5", "65536", "65535", "0.0", "86400", "86401", "1E+2",
    ];

    private static readonly string[] Tags =
    [
        "!!str ", "!!int ", "!!bool ", "!!null ", "!!float ", "!!binary ", "!!timestamp ", "!!map ", "!!seq ", "!!set ",
        "!!omap ", "!custom ", "!<tag:yaml.org,2002:str> ", "! ", "!!merge ",
    ];

    private static readonly string[] Syntax = ["{", "}", "[", "]", ":", ",", "\"", "'", "#", "&", "*", "!", "|", ">", "-", "?", "%", "@", "`", "\\", " ", "\n", "- ", ": ", "---", "<<"];

    private static readonly Lazy<string[]> Words = new(CatalogueWords);

    private static string DuplicateLines(string text, Random random)
    {
        var lines = Lines(text);
        var start = random.Next(lines.Count);
        var count = 1 + random.Next(Math.Min(5, lines.Count - start));
        // Now and then many copies: a file with thousands of findings, or of requests.
        var copies = random.Next(50) == 0 ? 500 : 1 + random.Next(3);
        var copied = lines.GetRange(start, count);
        for (var copy = 0; copy < copies; copy++)
        {
            lines.InsertRange(start, copied);
        }

        return string.Join('\n', lines);
    }

    private static string DeleteLines(string text, Random random)
    {
        var lines = Lines(text);
        var start = random.Next(lines.Count);
        lines.RemoveRange(start, 1 + random.Next(Math.Min(3, lines.Count - start)));
        return string.Join('\n', lines);
    }

    private static string SwapLines(string text, Random random)
    {
        var lines = Lines(text);
        var (first, second) = (random.Next(lines.Count), random.Next(lines.Count));
        (lines[first], lines[second]) = (lines[second], lines[first]);
        return string.Join('\n', lines);
    }

    private static string InsertCharacters(string text, Random random)
    {
        var builder = new StringBuilder(text);
        for (var count = 1 + random.Next(4); count > 0; count--)
        {
            var inserted = random.Next(5) == 0 ? ((char)random.Next(0x10000)).ToString() : Characters[random.Next(Characters.Length)];
            builder.Insert(random.Next(builder.Length + 1), inserted);
        }

        return builder.ToString();
    }

    private static string DeepNesting(string text, Random random)
    {
        int[] depths = [2, 10, 63, 64, 65, 100, 1_000, 10_000, 100_000];
        var depth = depths[random.Next(random.Next(20) == 0 ? depths.Length : depths.Length - 2)];
        var closed = random.Next(4) != 0;
        var nested = random.Next(4) switch
        {
            0 => new string('[', depth) + (closed ? new string(']', depth) : ""),
            1 => string.Concat(Enumerable.Repeat("{\"a\": ", depth)) + "1" + (closed ? new string('}', depth) : ""),
            2 => string.Concat(Enumerable.Repeat("{a: ", depth)) + "1" + (closed ? new string('}', depth) : ""),
            _ => string.Concat(Enumerable.Range(0, Math.Min(depth, 2_000)).Select(level => "\n" + new string(' ', 2 * (level + 1)) + "a:")) + " 1",
        };
        return ReplaceValue(text, random, nested);
    }

    private static string OddNumber(string text, Random random)
    {
        var numbers = Digits().Matches(text);
        var number = Numbers[random.Next(Numbers.Length)];
        if (numbers.Count == 0)
        {
            return ReplaceValue(text, random, number);
        }

        var match = numbers[random.Next(numbers.Count)];
        return string.Concat(text.AsSpan(0, match.Index), number, text.AsSpan(match.Index + match.Length));
    }

    private static string LongValue(string text, Random random)
    {
        int[] lengths = [100, 101, 129, 1_000, 10_000, 100_000];
        var length = lengths[random.Next(random.Next(10) == 0 ? lengths.Length : lengths.Length - 2)];
        string[] units = ["a", "1", " ", "10.0.0.0/8,", "10.0.0.1/24, ", "\\\"", "é", "\U0001F600", "- 10.0.0.0/8\n  ", "Psk"];
        var unit = units[random.Next(units.Length)];
        var value = new StringBuilder(length + unit.Length);
        while (value.Length < length)
        {
            value.Append(unit);
        }

        return ReplaceValue(text, random, random.Next(2) == 0 ? value.ToString() : $"\"{value}\"");
    }

    private static string YamlFeature(string text, Random random)
    {
        var lines = Lines(text);
        var at = random.Next(lines.Count);
        switch (random.Next(11))
        {
            case 0:
                return ReplaceValue(text, random, "&anchor " + "value");
            case 1:
                return ReplaceValue(ReplaceValue(text, random, "&a 10.0.0.0/8"), random, random.Next(4) == 0 ? "*undefined" : "*a");
            case 2:
                lines.Insert(at, random.Next(2) == 0 ? "<<: *a" : "<<: [*a, *b]");
                break;
            case 3:
                return ReplaceValue(text, random, Tags[random.Next(Tags.Length)] + "x");
            case 4:
                lines.Insert(at, random.Next(3) switch { 0 => "---", 1 => "...", _ => "--- !!map" });
                break;
            case 5:
                lines.Insert(0, random.Next(2) == 0 ? "%YAML 1.1\n---" : "%TAG ! tag:example.com,2000:\n---");
                break;
            case 6:
                return ReplaceValue(text, random, "{a: 1, b: [2, 3], c: {d: e}}");
            case 7:
                return ReplaceValue(text, random, random.Next(2) == 0 ? "|\n  10.0.0.0/8\n  10.1.0.0/16\n" : ">-\n  10.0.0.0/8,\n\n  10.1.0.0/33\n");
            case 8:
                lines.Insert(at, "? [a, b]\n: c");
                break;
            case 9:
                lines.Add("bomb0: &b0 [x, x, x, x, x, x, x, x, x, x]");
                for (var level = 1; level < 8; level++)
                {
                    lines.Add($"bomb{level}: &b{level} [*b{level - 1}, *b{level - 1}, *b{level - 1}, *b{level - 1}, *b{level - 1}, *b{level - 1}, *b{level - 1}, *b{level - 1}, *b{level - 1}, *b{level - 1}]");
                }

                break;
            default:
                string[] comments = ["# vpnlint-disable-line VPN301", "# vpnlint-disable-file", "# vpnlint-disable-next-line VPN9999 -- why", "# vpnlint-disable-line VPN3O1,VPN005", "#vpnlint-disable-file VPN502"];
                lines.Insert(at, comments[random.Next(comments.Length)]);
                break;
        }

        return string.Join('\n', lines);
    }

    private static string LineBreaks(string text, Random random) => random.Next(3) switch
    {
        0 => text.Replace("\n", "\r\n", StringComparison.Ordinal),
        1 => text.Replace('\n', '\r'),
        _ => string.Concat(text.Split('\n').Select((line, index) => (index == 0 ? "" : random.Next(3) switch { 0 => "\n", 1 => "\r\n", _ => "\r" }) + line)),
    };

    private static string ReplaceWord(string text, Random random)
    {
        var words = Word().Matches(text);
        if (words.Count == 0)
        {
            return text;
        }

        var word = words[random.Next(words.Count)];
        var replacement = Words.Value[random.Next(Words.Value.Length)];
        return string.Concat(text.AsSpan(0, word.Index), replacement, text.AsSpan(word.Index + word.Length));
    }

    private static string JsonFeature(string text, Random random)
    {
        string[] insertions = [",", ",}", ",]", "// comment\n", "/* comment */", "\\u0000", "\\uD800", "\\uDC00\\uD800", "\\x41", "\\u12", "\\/", "\\U0001F600", "\"", "NaN", "'single'", "\"dup\": 1, \"dup\": 2,", "\\", "\"\\u0050sk\": \"x\","];
        var inserted = insertions[random.Next(insertions.Length)];
        var quotes = Quote().Matches(text);
        var at = quotes.Count > 0 && random.Next(2) == 0 ? quotes[random.Next(quotes.Count)].Index + 1 : random.Next(text.Length + 1);
        return text.Insert(at, inserted);
    }

    private static string PlantSecret(string text, Random random)
    {
        var token = PlantedSecrets.TokenPrefix + random.Next(1_000, 1_000_000).ToString(CultureInfo.InvariantCulture);
        string[] pairs =
        [
            $"Psk: {token}", $"psk: '{token}'", $"password: \"{token}\"", $"Psk: &k {token}", $"Psk: !!str {token}", $"\"Psk\": \"{token}\",",
            $"IkeConfig: '{{\"Psk\": \"{token}\"}}'", $"\"IkeConfig\": \"{{\\\"Psk\\\":\\\"{token}\\\"}}\",", $"  private_key: \"-----BEGIN PRIVATE KEY-----{token}\"",
            $"      content: |\n        -----BEGIN CERTIFICATE-----\n        {token}\n        -----END CERTIFICATE-----",
        ];
        var lines = Lines(text);
        lines.Insert(random.Next(lines.Count + 1), pairs[random.Next(pairs.Length)]);
        return string.Join('\n', lines);
    }

    private static string Indentation(string text, Random random)
    {
        var lines = Lines(text);
        var at = random.Next(lines.Count);
        lines[at] = random.Next(3) switch
        {
            0 => new string(' ', 1 + random.Next(8)) + lines[at],
            1 => lines[at].TrimStart(),
            _ => "\t" + lines[at].TrimStart(),
        };
        return string.Join('\n', lines);
    }

    private static string InsertSyntax(string text, Random random) => text.Insert(random.Next(text.Length + 1), Syntax[random.Next(Syntax.Length)]);

    private static string FlipCase(string text, Random random)
    {
        var words = Word().Matches(text);
        if (words.Count == 0)
        {
            return text;
        }

        var word = words[random.Next(words.Count)];
        var flipped = random.Next(2) == 0 ? word.Value.ToUpperInvariant() : word.Value.ToLowerInvariant();
        return string.Concat(text.AsSpan(0, word.Index), flipped, text.AsSpan(word.Index + word.Length));
    }

    /// <summary>Cut at any character, a surrogate pair's middle included.</summary>
    private static string Truncate(string text, Random random) => text[..random.Next(text.Length + 1)];

    /// <summary>The value of a random <c>key: value</c> or <c>"key": value</c> line replaced, or the text inserted when no line has one.</summary>
    private static string ReplaceValue(string text, Random random, string value)
    {
        var members = Member().Matches(text);
        if (members.Count == 0)
        {
            return text.Insert(random.Next(text.Length + 1), value);
        }

        var member = members[random.Next(members.Count)];
        var valueGroup = member.Groups["value"];
        return string.Concat(text.AsSpan(0, valueGroup.Index), value, text.AsSpan(valueGroup.Index + valueGroup.Length));
    }

    private static List<string> Lines(string text) => [.. text.Split('\n')];

    private static string[] CatalogueWords()
    {
        var words = new SortedSet<string>(StringComparer.Ordinal)
        {
            "true", "false", "null", "~", "yes", "no", "on", "off", "Action", "requests", "context", "vpn_server", "x-vpnlint-id",
            "x-vpnlint-disable", "$schema", "vpcCidrs", "sslConnections", "maxConnections", "project_id", "p2c_vgw_id", "X-Client-Token",
        };
        foreach (var api in Api.All)
        {
            words.Add(api.Kind.ToString());
            foreach (var parameter in ParameterCatalog.For(api.Kind))
            {
                Collect(parameter, words);
            }
        }

        return [.. words];
    }

    private static void Collect(ParameterDefinition parameter, SortedSet<string> words)
    {
        words.Add(parameter.Name);
        words.UnionWith(parameter.AllowedValues);
        if (parameter.Example is { } example)
        {
            words.Add(example);
        }

        foreach (var property in parameter.Properties.Concat(parameter.Items is { } items ? [items] : []))
        {
            Collect(property, words);
        }
    }

    [GeneratedRegex(@"\d+", RegexOptions.CultureInvariant)]
    private static partial Regex Digits();

    [GeneratedRegex(@"[A-Za-z_$][A-Za-z0-9_\-]*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    [GeneratedRegex("\"", RegexOptions.CultureInvariant)]
    private static partial Regex Quote();

    [GeneratedRegex(@"(?m)[A-Za-z_\-""]+""?[ \t]*:[ \t]+(?<value>[^\r\n]*?)(?=,?[ \t]*\r?$)", RegexOptions.CultureInvariant)]
    private static partial Regex Member();
}
