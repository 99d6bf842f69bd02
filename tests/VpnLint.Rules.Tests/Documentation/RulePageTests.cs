using System.Text.RegularExpressions;
using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;

namespace VpnLint.Rules.Tests.Documentation;

/// <summary>Every rule has its page in docs/rules, and each page says what the catalogue says of the rule.</summary>
[TestClass]
public sealed partial class RulePageTests
{
    private static readonly string[] Sections = ["## Cause", "## Why", "## Examples", "## How to fix", "## Configure and suppress"];

    /// <summary>Rules whose page does not show the inline YAML comment, and why.</summary>
    private static readonly Dictionary<string, string> NoInlineComment = new()
    {
        [RuleIds.MalformedFile] = "a file that does not parse cannot be relied on to carry a comment the front end reads",
    };

    [TestMethod]
    public void EveryRule_HasPage()
    {
        var missing = RuleCatalog.All.Where(rule => !File.Exists(RulePages.PathOf(rule.Id))).Select(rule => rule.Id).ToList();

        Assert.IsEmpty(missing, "Rules without a page in docs/rules: " + string.Join(", ", missing));
    }

    [TestMethod]
    public void NoPage_ForUnknownRule()
    {
        var strays = RulePages.Files()
            .Select(Path.GetFileNameWithoutExtension)
            .Where(name => name + ".md" != RulePages.IndexFileName && RuleCatalog.All.All(rule => rule.Id != name))
            .ToList();

        Assert.IsEmpty(strays, "Pages in docs/rules for no catalogue rule: " + string.Join(", ", strays));
    }

    [TestMethod]
    [DynamicData(nameof(RulePages.RuleIds), typeof(RulePages))]
    public void Page_TitleIsIdAndCatalogueTitle(string ruleId)
    {
        var page = RulePages.Read(ruleId);

        Assert.AreEqual($"# {ruleId}: {RuleCatalog.Get(ruleId).Title}", page.Lines[0]);
    }

    [TestMethod]
    [DynamicData(nameof(RulePages.RuleIds), typeof(RulePages))]
    public void HelpUri_PointsAtThePage(string ruleId)
    {
        var helpUri = RuleCatalog.Get(ruleId).HelpUri;

        Assert.EndsWith($"/docs/rules/{ruleId}.md", helpUri);
        Assert.StartsWith(RuleCatalog.DocumentationBaseUri, helpUri);
        Assert.IsTrue(File.Exists(RulePages.PathOf(ruleId)), $"{helpUri} points at a page that does not exist.");
    }

    [TestMethod]
    [DynamicData(nameof(RulePages.RuleIds), typeof(RulePages))]
    public void Page_TableMatchesCatalogue(string ruleId)
    {
        var rule = RuleCatalog.Get(ruleId);
        var page = RulePages.Read(ruleId);
        var expected = new Dictionary<string, string>
        {
            ["Category"] = rule.Category,
            ["Default severity"] = rule.DefaultSeverity.ToString().ToLowerInvariant(),
            ["Applies to"] = rule.Surface switch { RuleSurface.Both => "files and C#", RuleSurface.CSharp => "C#", _ => "files" },
            ["APIs"] = string.Join(", ", rule.Pages.Select(Api.Describe).Select(api => $"{api.DisplayName} ([{api.PageFile}](../specification/pages/{api.PageFile}))")),
            ["Code fix"] = rule.IsFixable ? "yes" : "no",
            ["Cloud error code"] = rule.ErrorCodes.Count == 0 ? "none" : string.Join(", ", rule.ErrorCodes.Select(code => $"`{code}`")),
        };

        var header = page.Prose.First(line => line.StartsWith('|'));
        var rows = page.FirstTable().ToDictionary(cells => cells[0], cells => cells.Count > 1 ? cells[1] : string.Empty);

        Assert.AreEqual($"| ID | {ruleId} |", header.Trim());
        CollectionAssert.AreEquivalent(expected.Keys.ToList(), rows.Keys.ToList(), "The table's rows");
        foreach (var (name, value) in expected)
        {
            Assert.AreEqual(value, rows[name], $"The table's {name} row");
        }
    }

    [TestMethod]
    [DynamicData(nameof(RulePages.RuleIds), typeof(RulePages))]
    public void Page_HasTheTemplateSections(string ruleId)
    {
        var headings = RulePages.Read(ruleId).Prose.Where(line => line.StartsWith("## ", StringComparison.Ordinal)).ToList();

        CollectionAssert.IsSubsetOf(Sections, headings, "The page's sections: " + string.Join(" / ", headings));
        var order = Sections.Select(section => headings.IndexOf(section)).ToList();
        CollectionAssert.AreEqual(order.Order().ToList(), order, "The sections are in the template's order.");
    }

    [TestMethod]
    public void Pages_RelativeLinksResolve()
    {
        var broken = new List<string>();
        foreach (var file in RulePages.Files().Select(MarkdownFile.Read))
        {
            foreach (var target in file.LinkTargets().Where(IsRelative))
            {
                var path = target.Split('#')[0];
                var resolved = Path.GetFullPath(Path.Combine(RulePages.Directory, path));
                if (path.Length > 0 && !File.Exists(resolved) && !Directory.Exists(resolved))
                {
                    broken.Add($"{file.FileName}: {target}");
                }
            }
        }

        Assert.IsEmpty(broken, "Relative links to nothing:\n" + string.Join("\n", broken));
    }

    [TestMethod]
    [DynamicData(nameof(RulePages.RuleIds), typeof(RulePages))]
    public void Page_CitesItsApiPagesInWhy(string ruleId)
    {
        var why = Section(RulePages.Read(ruleId), "## Why");
        var pageFiles = RuleCatalog.Get(ruleId).Pages.Select(api => Api.Describe(api).PageFile).ToList();

        Assert.IsTrue(
            pageFiles.Any(file => why.Contains($"(../specification/pages/{file})", StringComparison.Ordinal)),
            $"The Why section links none of the rule's pages: {string.Join(", ", pageFiles)}");
    }

    [TestMethod]
    [DynamicData(nameof(RulePages.RuleIds), typeof(RulePages))]
    public void Page_ConfigureSectionNamesTheRule(string ruleId)
    {
        var rule = RuleCatalog.Get(ruleId);
        var configure = Section(RulePages.Read(ruleId), "## Configure and suppress");

        if (rule.Surface.HasFlag(RuleSurface.Files))
        {
            Assert.Contains($"{ruleId}: off", configure, "vpnlint.yaml");
            Assert.Contains($"--severity {ruleId}=off", configure, "the CLI option");
            if (!NoInlineComment.ContainsKey(ruleId))
            {
                Assert.Contains($"# vpnlint-disable-next-line {ruleId}", configure, "the inline YAML comment");
            }
        }
        else
        {
            Assert.DoesNotContain("vpnlint.yaml", configure, "The file checker does not report a C#-only rule.");
        }

        if (rule.Surface.HasFlag(RuleSurface.CSharp))
        {
            Assert.Contains($"dotnet_diagnostic.{ruleId}.severity = none", configure, ".editorconfig");
        }
        else
        {
            Assert.DoesNotContain("dotnet_diagnostic.", configure, "The analyzers do not report a files-only rule.");
        }

        // A diagnostic of the compilation, not of a place in the code, has no lines for #pragma to wrap.
        if (rule.Surface == RuleSurface.Both)
        {
            Assert.Contains($"#pragma warning disable {ruleId}", configure, "#pragma");
        }
    }

    private static bool IsRelative(string target) =>
        !UriSchemePattern().IsMatch(target) && !target.StartsWith('#');

    /// <summary>The text of a level-2 section, up to the next one.</summary>
    private static string Section(MarkdownFile page, string heading)
    {
        var lines = page.Lines.SkipWhile(line => line != heading).Skip(1).TakeWhile(line => !line.StartsWith("## ", StringComparison.Ordinal));
        return string.Join('\n', lines);
    }

    [GeneratedRegex("^[a-z][a-z0-9+.-]*:", RegexOptions.IgnoreCase)]
    private static partial Regex UriSchemePattern();
}
