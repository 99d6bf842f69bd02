using System.Text;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Rules.Tests.Catalog;

/// <summary>README's rule table is generated from the catalogue: this fails, with the table to paste, when it is stale.</summary>
[TestClass]
public sealed class RuleTableTests
{
    [TestMethod]
    public void ReadmeRuleTable_MatchesCatalogue()
    {
        var expected = Table();

        var actual = Repository.GeneratedSection(Repository.PathOf("README.md"), "rules");

        Assert.AreEqual(expected, actual, "README's rule table is stale; replace it with:\n" + expected);
    }

    private static string Table()
    {
        var table = new StringBuilder();
        table.Append("| ID | severity | title | checked in |\n|---|---|---|---|\n");
        foreach (var rule in RuleCatalog.All)
        {
            var surface = rule.Surface switch { RuleSurface.Both => "files, C#", RuleSurface.CSharp => "C#", _ => "files" };
            table.Append($"| [{rule.Id}](docs/rules/{rule.Id}.md) | {rule.DefaultSeverity.ToString().ToLowerInvariant()} | {rule.Title} | {surface} |\n");
        }

        return table.ToString();
    }
}
