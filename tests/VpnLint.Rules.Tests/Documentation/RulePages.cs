using VpnLint.Rules.Catalog;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Rules.Tests.Documentation;

/// <summary>The rule pages in docs/rules and the catalogue rules they document, for data-driven tests.</summary>
internal static class RulePages
{
    public const string IndexFileName = "README.md";

    public static string Directory { get; } = Repository.PathOf("docs", "rules");

    public static string PathOf(string ruleId) => System.IO.Path.Combine(Directory, ruleId + ".md");

    public static MarkdownFile Read(string ruleId)
    {
        var path = PathOf(ruleId);
        Assert.IsTrue(File.Exists(path), $"{ruleId} has no page: {path}");
        return MarkdownFile.Read(path);
    }

    public static MarkdownFile Index() => MarkdownFile.Read(System.IO.Path.Combine(Directory, IndexFileName));

    /// <summary>Every catalogue rule ID, one data row each.</summary>
    public static IEnumerable<object[]> RuleIds() => RuleCatalog.All.Select(rule => new object[] { rule.Id });

    /// <summary>The IDs of the rules the file checker reports, whose pages show request files.</summary>
    public static IEnumerable<object[]> FileRuleIds() =>
        RuleCatalog.All.Where(rule => rule.Surface.HasFlag(RuleSurface.Files)).Select(rule => new object[] { rule.Id });

    /// <summary>The Markdown files of docs/rules, index included.</summary>
    public static IEnumerable<string> Files() => System.IO.Directory.EnumerateFiles(Directory, "*.md").Order(StringComparer.Ordinal);
}
