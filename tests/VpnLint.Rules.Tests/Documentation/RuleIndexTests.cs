using System.Text;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Rules.Tests.Documentation;

/// <summary>docs/rules/README.md's index is generated from the catalogue: this fails, with the index to paste, when it is stale.</summary>
[TestClass]
public sealed class RuleIndexTests
{
    /// <summary>The rule families, one per hundred of IDs, as the constraint catalogue groups them.</summary>
    private static readonly string[] Families =
    [
        "VPN0xx: the request itself",
        "VPN1xx: addresses",
        "VPN2xx: sizing",
        "VPN3xx: the SSL transport",
        "VPN4xx: authentication",
        "VPN5xx: IPsec negotiation",
        "VPN6xx: the gateway",
        "VPN7xx: across requests (bundles)",
    ];

    [TestMethod]
    public void Index_MatchesCatalogue()
    {
        var expected = Index();

        var actual = Repository.GeneratedSection(Path.Combine(RulePages.Directory, RulePages.IndexFileName), "index");

        Assert.AreEqual(expected, actual, "docs/rules/README.md's index is stale; replace it with:\n" + expected);
    }

    [TestMethod]
    public void Index_ListsEveryRuleWithTitleAndSeverity()
    {
        var rows = RulePages.Index().Prose
            .Where(line => line.StartsWith("| [VPN", StringComparison.Ordinal))
            .Select(MarkdownFile.Cells)
            .ToList();

        foreach (var rule in RuleCatalog.All)
        {
            var row = rows.SingleOrDefault(cells => cells[0] == $"[{rule.Id}]({rule.Id}.md)");
            Assert.IsNotNull(row, $"The index has no row for {rule.Id}.");
            Assert.AreEqual(rule.Title, row[1], $"{rule.Id}'s title in the index");
            Assert.AreEqual(rule.DefaultSeverity.ToString().ToLowerInvariant(), row[2], $"{rule.Id}'s severity in the index");
        }

        Assert.HasCount(RuleCatalog.All.Count, rows, "The index has one row per rule.");
    }

    [TestMethod]
    public void Families_CoverEveryRule()
    {
        var outside = RuleCatalog.All.Where(rule => Family(rule) >= Families.Length).Select(rule => rule.Id).ToList();

        Assert.IsEmpty(outside, "Rules of no family: " + string.Join(", ", outside));
    }

    private static string Index()
    {
        var index = new StringBuilder();
        foreach (var family in RuleCatalog.All.GroupBy(Family))
        {
            index.Append($"\n### {Families[family.Key]}\n\n");
            index.Append("| ID | title | default severity | category | checked in |\n|---|---|---|---|---|\n");
            foreach (var rule in family)
            {
                var surface = rule.Surface switch { RuleSurface.Both => "files, C#", RuleSurface.CSharp => "C#", _ => "files" };
                index.Append($"| [{rule.Id}]({rule.Id}.md) | {rule.Title} | {rule.DefaultSeverity.ToString().ToLowerInvariant()} | {rule.Category} | {surface} |\n");
            }
        }

        return index.Append('\n').ToString();
    }

    /// <summary>The hundreds digit of the ID: 0 for VPN0xx, 7 for VPN7xx.</summary>
    private static int Family(RuleDescriptor rule) => rule.Id[3] - '0';
}
