using System.Text.RegularExpressions;
using VpnLint.Cli.Parsing;
using VpnLint.Rules.Catalog;

namespace VpnLint.Cli.Checking;

/// <summary>
/// The YAML comments that silence rules: <c># vpnlint-disable-line VPN301</c> (its own line),
/// <c># vpnlint-disable-next-line VPN301</c> (the line after it) and <c># vpnlint-disable-file VPN108</c>
/// (the whole file). IDs are separated by commas or spaces; none means every rule; text after
/// <c>--</c> is a reason, for people.
/// </summary>
internal sealed partial class InlineSuppressions
{
    private readonly Dictionary<int, HashSet<string>?> byLine = [];
    private readonly HashSet<string> wholeFile = new(StringComparer.OrdinalIgnoreCase);
    private bool fileDisablesAll;

    /// <summary>The IDs the comments name that are no rule: they silence nothing, which the user should know.</summary>
    public List<UnknownRuleId> UnknownRules { get; } = [];

    public static InlineSuppressions From(IReadOnlyList<SourceComment> comments)
    {
        var suppressions = new InlineSuppressions();
        foreach (var comment in comments)
        {
            var match = Directive().Match(comment.Text);
            if (!match.Success)
            {
                continue;
            }

            var idsGroup = match.Groups["ids"];
            var ids = RuleIdList().Matches(idsGroup.Value);
            var rules = ids.Count == 0 ? null : new HashSet<string>(ids.Select(id => id.Value), StringComparer.OrdinalIgnoreCase);
            var scope = match.Groups["scope"].Value;
            int? target = scope switch
            {
                "file" => null,
                "line" => comment.Line,
                _ => comment.Line + 1,
            };
            foreach (Match id in ids)
            {
                if (RuleCatalog.Find(id.Value) is null)
                {
                    suppressions.UnknownRules.Add(new UnknownRuleId(comment.Line, comment.Column + idsGroup.Index + id.Index, id.Value, target));
                }
            }

            switch (scope)
            {
                case "file" when rules is null:
                    suppressions.fileDisablesAll = true;
                    break;
                case "file":
                    suppressions.wholeFile.UnionWith(rules);
                    break;
                case "line":
                    suppressions.Add(comment.Line, rules);
                    break;
                default:
                    suppressions.Add(comment.Line + 1, rules);
                    break;
            }
        }

        return suppressions;
    }

    public bool Suppresses(string ruleId, int line)
    {
        if (fileDisablesAll || wholeFile.Contains(ruleId))
        {
            return true;
        }

        return byLine.TryGetValue(line, out var rules) && (rules is null || rules.Contains(ruleId));
    }

    private void Add(int line, HashSet<string>? rules)
    {
        if (byLine.TryGetValue(line, out var existing) && (existing is null || rules is null))
        {
            byLine[line] = null;
        }
        else if (existing is not null)
        {
            existing.UnionWith(rules!);
        }
        else
        {
            byLine[line] = rules;
        }
    }

    [GeneratedRegex(@"[^,\s]+", RegexOptions.CultureInvariant)]
    private static partial Regex RuleIdList();

    [GeneratedRegex(@"^\s*vpnlint-disable-(?<scope>next-line|line|file)(?=\s|$)(?<ids>(?:(?!--).)*)", RegexOptions.CultureInvariant)]
    private static partial Regex Directive();
}

/// <summary>An ID a disable comment names that is no rule: where it is written, and the line it was to silence (null: the whole file).</summary>
internal sealed record UnknownRuleId(int Line, int Column, string RuleId, int? TargetLine);
