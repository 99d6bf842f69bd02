using System.Text.RegularExpressions;
using Microsoft.Extensions.FileSystemGlobbing;

namespace VpnLint.Cli.Configuration;

/// <summary>Glob matching for configuration: file globs (<c>**</c>, <c>*</c>) relative to the configuration's folder, and parameter-path wildcards.</summary>
internal static class PathGlobs
{
    public static bool MatchesAny(IReadOnlyList<string> globs, string baseDirectory, string fullPath)
    {
        if (globs.Count == 0)
        {
            return false;
        }

        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddIncludePatterns(globs);
        return matcher.Match(baseDirectory, fullPath).HasMatches;
    }

    /// <summary>A finding's parameter path against a wildcard: <c>*</c> is any text (<c>LocalSubnet*</c>, <c>vpn_server.local_subnets[*]</c>).</summary>
    public static bool MatchesWildcard(string wildcard, string path) =>
        Regex.IsMatch(path, "^" + Regex.Escape(wildcard).Replace("\\*", ".*", StringComparison.Ordinal) + "$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
