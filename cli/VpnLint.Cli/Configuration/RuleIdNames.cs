using VpnLint.Rules.Catalog;
using VpnLint.Rules.Engine;

namespace VpnLint.Cli.Configuration;

/// <summary>
/// What to say about a rule ID a user wrote (in a flag, the configuration or a disable comment) that names no
/// rule: a mistyped ID silences or changes nothing, so it is said, with the ID it most likely meant.
/// </summary>
internal static class RuleIdNames
{
    /// <summary>
    /// Null when <paramref name="id"/> names a rule; otherwise the sentence that says it does not, with the rule it most
    /// likely meant: the closest ID, and of IDs equally close one <paramref name="likely"/> picks (a rule reported where
    /// a disable comment points).
    /// </summary>
    public static string? Unknown(string id, Func<string, bool>? likely = null)
    {
        if (RuleCatalog.Find(id) is not null)
        {
            return null;
        }

        var meant = NameSuggestion.Closest(id, RuleCatalog.All.Select(rule => rule.Id), likely);
        return $"there is no rule {id}{(meant is null ? string.Empty : $" (did you mean {meant}?)")}; `vpnlint rules` lists them";
    }
}
