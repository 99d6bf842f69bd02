using System.Collections.Concurrent;
using VpnLint.Rules;
using VpnLint.Rules.Apis;
using VpnLint.Rules.Parameters;

namespace VpnLint.Cli.Requests;

/// <summary>
/// Whether a key names a secret: the one place that decides it for masking. A secret parameter of the
/// catalogue (IPsec <c>Psk</c>, a Huawei client CA certificate's <c>content</c>) in any case and with any
/// separators (<c>PSK</c>, <c>Psk_</c>), with two neighbouring letters swapped (<c>Pks</c>), or a key that
/// says it holds key material (<c>pre_shared_key</c>, <c>private_key</c>, <c>client_psk</c>). A known
/// parameter that is not secret (<c>PskEnabled</c>) is never one: its value is what a finding is about.
/// </summary>
internal static class SecretNames
{
    /// <summary>How PEM key and certificate material starts: such a value is secret under any key.</summary>
    public const string PemStart = KeyMaterial.Marker;

    /// <summary>Words that make any key a secret's, whatever surrounds them.</summary>
    private static readonly string[] SecretWords =
        ["psk", "presharedkey", "sharedkey", "privatekey", "privkey", "secret", "password", "passwd", "passphrase", "certificatecontent", "certcontent", "certificatebody"];

    /// <summary>Enough for every key of any real repository; past it, keys are judged without caching.</summary>
    private const int MaximumCachedNames = 4096;

    private static readonly HashSet<string> CatalogueSecrets = Collect(secret: true);
    private static readonly HashSet<string> KnownNotSecret = Collect(secret: false);

    // Every key of every file is asked about, and a repository's files share a few dozen key names.
    private static readonly ConcurrentDictionary<string, bool> Verdicts = new(StringComparer.Ordinal);

    public static bool IsSecret(string name)
    {
        if (Verdicts.TryGetValue(name, out var secret))
        {
            return secret;
        }

        secret = Judge(name);
        if (Verdicts.Count < MaximumCachedNames)
        {
            Verdicts.TryAdd(name, secret);
        }

        return secret;
    }

    private static bool Judge(string name)
    {
        var normalized = Normalize(name);
        if (normalized.Length == 0 || KnownNotSecret.Contains(normalized))
        {
            return false;
        }

        foreach (var secret in CatalogueSecrets)
        {
            if (normalized == secret || IsPlural(normalized, secret) || IsTransposition(normalized, secret))
            {
                return true;
            }
        }

        foreach (var word in SecretWords)
        {
            if (normalized.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Letter case and separators (<c>_</c>, <c>-</c>, spaces, dots) do not make a different name.</summary>
    private static string Normalize(string name)
    {
        var characters = new char[name.Length];
        var count = 0;
        foreach (var character in name)
        {
            if (char.IsLetterOrDigit(character))
            {
                characters[count++] = char.ToLowerInvariant(character);
            }
        }

        return new string(characters, 0, count);
    }

    private static bool IsPlural(string written, string meant) =>
        written.Length == meant.Length + 1 && written[^1] == 's' && written.StartsWith(meant, StringComparison.Ordinal);

    private static bool IsTransposition(string written, string meant)
    {
        if (written.Length != meant.Length)
        {
            return false;
        }

        var first = 0;
        while (first < written.Length && written[first] == meant[first])
        {
            first++;
        }

        return first + 1 < written.Length &&
            written[first] == meant[first + 1] && written[first + 1] == meant[first] &&
            string.CompareOrdinal(written, first + 2, meant, first + 2, written.Length - first - 2) == 0;
    }

    private static HashSet<string> Collect(bool secret)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var api in Api.All)
        {
            Collect(ParameterCatalog.For(api.Kind), secret, names);
        }

        return names;
    }

    private static void Collect(IReadOnlyList<ParameterDefinition> definitions, bool secret, HashSet<string> names)
    {
        foreach (var definition in definitions)
        {
            if (definition.IsSecret == secret)
            {
                names.Add(Normalize(definition.Name));
            }

            Collect(definition.Properties, secret, names);
            if (definition.Items is { } items)
            {
                Collect([items], secret, names);
            }
        }
    }
}
