using System.Text.RegularExpressions;

namespace VpnLint.Rules.Tests.Support;

/// <summary>The vendored specification: constraints.md and the five API pages.</summary>
internal static partial class Specification
{
    public static string ConstraintsPath => Repository.PathOf("docs", "specification", "constraints.md");

    public static string PagePath(string file) => Repository.PathOf("docs", "specification", "pages", file);

    public static string AllPagesText { get; } = string.Concat(
        Directory.GetFiles(Repository.PathOf("docs", "specification", "pages"), "0*.txt").Select(File.ReadAllText));

    /// <summary>Each rule row of constraints.md: its ID and default severity.</summary>
    public static IReadOnlyDictionary<string, string> ConstraintRows()
    {
        var rows = new Dictionary<string, string>();
        foreach (var line in File.ReadLines(ConstraintsPath))
        {
            var match = RuleRow().Match(line);
            if (match.Success)
            {
                rows.Add(match.Groups["id"].Value, match.Groups["severity"].Value);
            }
        }

        return rows;
    }

    /// <summary>
    /// The request parameter table of an Alibaba page: name, type and required-ness, read from rows such
    /// as "RegionIdstringYes" between "Request parameters" and "Response parameters".
    /// </summary>
    public static IReadOnlyList<(string Name, string Type, bool Required)> AlibabaPageParameters(string file)
    {
        var text = File.ReadAllText(PagePath(file));
        var start = text.IndexOf("Request parameters", StringComparison.Ordinal);
        var end = text.IndexOf("Response parameters", start, StringComparison.Ordinal);
        return ParameterRow().Matches(text[start..end])
            .Select(match => (match.Groups["name"].Value, match.Groups["type"].Value, match.Groups["required"].Value == "Yes"))
            .ToList();
    }

    [GeneratedRegex(@"^\| (?<id>VPN\d{3}) \| (?<severity>error|warning) \|")]
    private static partial Regex RuleRow();

    [GeneratedRegex(@"^\s*(?<name>[A-Z][A-Za-z]+)(?<type>string|integer|boolean)(?<required>Yes|No)\s*$", RegexOptions.Multiline)]
    private static partial Regex ParameterRow();
}
