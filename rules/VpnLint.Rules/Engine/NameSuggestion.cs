namespace VpnLint.Rules.Engine;

/// <summary>The known name a mistyped one most likely meant: ClientIPPool → ClientIpPool, client-cidr → client_cidr, Protocol → Proto.</summary>
public static class NameSuggestion
{
    public static string? Closest(string name, IEnumerable<string> candidates) => Closest(name, candidates, null);

    /// <summary>
    /// The candidate closest to <paramref name="name"/> by edit distance (case and separators aside), if it is close
    /// enough to be a typo; of candidates equally close, one <paramref name="likely"/> says the context makes likely
    /// (the rules reported on the line a disable comment is about), then the first.
    /// </summary>
    public static string? Closest(string name, IEnumerable<string> candidates, Func<string, bool>? likely)
    {
        var normalized = Normalize(name);
        string? best = null;
        var bestRank = (Distance: int.MaxValue, Unlikely: true);
        foreach (var candidate in candidates)
        {
            var other = Normalize(candidate);
            if (other == normalized)
            {
                return candidate;
            }

            var distance = Distance(normalized, other);
            if (!CloseEnough(normalized, other, distance))
            {
                continue;
            }

            var rank = (distance, !(likely?.Invoke(candidate) ?? false));
            if (rank.distance < bestRank.Distance || (rank.distance == bestRank.Distance && bestRank.Unlikely && !rank.Item2))
            {
                (best, bestRank) = (candidate, rank);
            }
        }

        return best;
    }

    /// <summary>True when the two names differ only in case and separators (<c>action</c>, <c>Action</c>; <c>vpnServer</c>, <c>vpn_server</c>).</summary>
    public static bool SameName(string left, string right) => Normalize(left) == Normalize(right);

    /// <summary>
    /// A third of the name, at most 3 edits, is a typo rather than a different word; a name of one or two letters
    /// (<c>-q</c>) has no typo of another. A name that begins the other, half its length or more, is one cut short
    /// or run on (<c>Protocol</c> for <c>Proto</c>).
    /// </summary>
    private static bool CloseEnough(string name, string candidate, int distance)
    {
        var allowed = name.Length < 3 ? 0 : Math.Min(3, Math.Max(1, name.Length / 3));
        if (distance <= allowed)
        {
            return true;
        }

        var (shorter, longer) = name.Length <= candidate.Length ? (name, candidate) : (candidate, name);
        return shorter.Length >= 4 && shorter.Length * 2 >= longer.Length && longer.StartsWith(shorter, StringComparison.Ordinal);
    }

    /// <summary>Case and separators do not make a different name.</summary>
    private static string Normalize(string name)
    {
        var characters = new char[name.Length];
        var count = 0;
        foreach (var character in name)
        {
            if (character != '_' && character != '-')
            {
                characters[count++] = char.ToLowerInvariant(character);
            }
        }

        return new string(characters, 0, count);
    }

    /// <summary>
    /// Edit distance where swapping two neighbouring letters is one edit, as typing makes it
    /// (optimal string alignment: Levenshtein plus adjacent transpositions).
    /// </summary>
    private static int Distance(string left, string right)
    {
        var before = new int[right.Length + 1];
        var previous = new int[right.Length + 1];
        var current = new int[right.Length + 1];
        for (var column = 0; column <= right.Length; column++)
        {
            previous[column] = column;
        }

        for (var row = 1; row <= left.Length; row++)
        {
            current[0] = row;
            for (var column = 1; column <= right.Length; column++)
            {
                var substitution = previous[column - 1] + (left[row - 1] == right[column - 1] ? 0 : 1);
                current[column] = Math.Min(substitution, Math.Min(previous[column], current[column - 1]) + 1);
                if (row > 1 && column > 1 && left[row - 1] == right[column - 2] && left[row - 2] == right[column - 1])
                {
                    current[column] = Math.Min(current[column], before[column - 2] + 1);
                }
            }

            (before, previous, current) = (previous, current, before);
        }

        return previous[right.Length];
    }
}
