using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using VpnLint.Analyzers.Descriptors;
using VpnLint.CodeFixes;
using VpnLint.Rules;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Analyzers.Tests;

/// <summary>
/// The analyzers restate nothing: every rule C# can break has a descriptor built from the catalogue,
/// is tracked in AnalyzerReleases.*.md with the catalogue's category and severity, and the code fix
/// offers exactly the catalogue's fixable rules.
/// </summary>
[TestClass]
public sealed partial class AnalyzerCatalogTests
{
    private static readonly IReadOnlyList<RuleDescriptor> CSharpRules =
        [.. RuleCatalog.All.Where(rule => rule.Surface.HasFlag(RuleSurface.CSharp))];

    [TestMethod]
    public void EveryRuleCSharpCanBreak_HasADescriptor_AndNoOtherRuleHasOne()
    {
        var supported = new SdkRequestAnalyzer().SupportedDiagnostics.Select(descriptor => descriptor.Id).ToArray();

        CollectionAssert.AreEqual(CSharpRules.Select(rule => rule.Id).ToArray(), supported);
        CollectionAssert.IsSubsetOf(new[] { RuleIds.MalformedFile, RuleIds.UndeterminedApi, RuleIds.HuaweiPortNotAllowed }, RuleCatalog.All.Select(rule => rule.Id).Except(supported).ToArray());
    }

    [TestMethod]
    public void Descriptors_AreTheCataloguesRules()
    {
        foreach (var descriptor in VpnLintDescriptors.All)
        {
            var rule = RuleCatalog.Get(descriptor.Id);
            Assert.AreEqual(rule.Title, descriptor.Title.ToString(), rule.Id);
            Assert.AreEqual(rule.MessageFormat, descriptor.MessageFormat.ToString(), rule.Id);
            Assert.AreEqual(rule.Description, descriptor.Description.ToString(), rule.Id);
            Assert.AreEqual(rule.Category, descriptor.Category, rule.Id);
            Assert.AreEqual(rule.HelpUri, descriptor.HelpLinkUri, rule.Id);
            Assert.AreEqual(rule.DefaultSeverity == Severity.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, descriptor.DefaultSeverity, rule.Id);
            Assert.IsTrue(descriptor.IsEnabledByDefault, rule.Id);
            var compilationEnd = rule.Id == RuleIds.InvalidAnalyzerSetting ? [WellKnownDiagnosticTags.CompilationEnd] : Array.Empty<string>();
            CollectionAssert.AreEqual(rule.Tags.Concat(compilationEnd).ToArray(), descriptor.CustomTags.ToArray(), rule.Id);
        }
    }

    [TestMethod]
    public void FileOnlyRule_CannotBecomeADescriptor() =>
        Assert.ThrowsExactly<ArgumentException>(() => RuleDescriptors.Create(RuleIds.MalformedFile));

    [TestMethod]
    public void AnalyzerReleases_TrackEveryRule_WithTheCataloguesCategoryAndSeverity()
    {
        var expected = new StringBuilder();
        foreach (var rule in CSharpRules)
        {
            expected.Append($"{rule.Id} | {rule.Category} | {(rule.DefaultSeverity == Severity.Error ? "Error" : "Warning")}\n");
        }

        var tracked = new StringBuilder();
        foreach (var file in new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" })
        {
            foreach (Match entry in ReleaseEntry().Matches(File.ReadAllText(Repository.PathOf("analyzers", "VpnLint.Analyzers", file))))
            {
                tracked.Append($"{entry.Groups["id"].Value} | {entry.Groups["category"].Value} | {entry.Groups["severity"].Value}\n");
            }
        }

        Assert.AreEqual(expected.ToString(), tracked.ToString(), "AnalyzerReleases.*.md do not track the catalogue's rules as it has them.");
    }

    [TestMethod]
    public void CodeFix_FixesTheCataloguesFixableRules()
    {
        var fixable = new ReplacementCodeFixProvider().FixableDiagnosticIds;

        CollectionAssert.AreEqual(
            new[] { RuleIds.ValueNotAllowed, RuleIds.CidrHostBitsSet, RuleIds.ClientPoolPrefixLength, RuleIds.ClientPoolTooSmall, RuleIds.PortOutOfRange, RuleIds.ReservedPort },
            fixable.ToArray());
        Assert.IsTrue(fixable.All(id => RuleCatalog.Get(id).IsFixable));
    }

    [GeneratedRegex(@"^(?<id>VPN\d{3})\s*\|\s*(?<category>\w+)\s*\|\s*(?<severity>\w+)\s*\|", RegexOptions.Multiline)]
    private static partial Regex ReleaseEntry();
}
