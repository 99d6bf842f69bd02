namespace VpnLint.Rules.Engine;

/// <summary>The known name a mistyped one most likely meant: ClientIPPool → ClientIpPool, client-cidr → client_cidr.</summary>
public static class NameSuggestion
{
    public static string? Closest(string name, IEnumerable<string> candidates)
    {
        var normalized = Normalize(name);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            if (Normalize(candidate) == normalized)
            {
                return candidate;
            }

            var distance = Distance(name.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        // A third of the name, at most 3 edits: close enough to be a typo, not a different word.
        var allowed = Math.Min(3, Math.Max(1, name.Length / 3));
        return bestDistance <= allowed ? best : null;
    }

    /// <summary>True when the two names differ only in case and separators (<c>action</c>, <c>Action</c>; <c>vpnServer</c>, <c>vpn_server</c>).</summary>
    public static bool SameName(string left, string right) => Normalize(left) == Normalize(right);

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
