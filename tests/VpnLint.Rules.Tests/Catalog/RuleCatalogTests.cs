using System.Reflection;
using System.Text.RegularExpressions;
using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Engine;
using VpnLint.Rules.Parameters;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Rules.Tests.Catalog;

/// <summary>The catalogue is the contract: every rule of constraints.md, once, with a check and a test.</summary>
[TestClass]
public sealed partial class RuleCatalogTests
{
    [TestMethod]
    public void EveryConstraintsRule_IsInTheCatalogue_WithItsDefaultSeverity()
    {
        var rows = Specification.ConstraintRows();

        Assert.HasCount(48, rows);
        foreach (var (id, severity) in rows)
        {
            var rule = RuleCatalog.Find(id);
            Assert.IsNotNull(rule, $"{id} of constraints.md is not in the catalogue.");
            Assert.AreEqual(severity, rule.DefaultSeverity.ToString().ToLowerInvariant(), id);
        }
    }

    [TestMethod]
    public void Catalogue_HasEachIdOnce_InIdOrder()
    {
        var ids = RuleCatalog.All.Select(rule => rule.Id).ToList();

        CollectionAssert.AllItemsAreUnique(ids);
        CollectionAssert.AreEqual(ids.OrderBy(id => id, StringComparer.Ordinal).ToList(), ids);
        Assert.IsTrue(ids.All(id => RuleId().IsMatch(id)));
    }

    [TestMethod]
    public void EveryRule_HasExactlyOneCheck_NamedForItsConcept()
    {
        var checks = CheckRegistry.RequestChecks.Select(check => (check.RuleId, Name: check.GetType().Name))
            .Concat(CheckRegistry.BundleChecks.Select(check => (check.RuleId, Name: check.GetType().Name)))
            .Concat(CheckRegistry.FrontEndRules.Select(id => (RuleId: id, Name: RuleCatalog.Get(id).Name)))
            .ToList();

        foreach (var rule in RuleCatalog.All)
        {
            var matching = checks.Where(check => check.RuleId == rule.Id).ToList();
            Assert.HasCount(1, matching, $"{rule.Id} must have exactly one check.");
            Assert.AreEqual(rule.Name, matching[0].Name, $"{rule.Id}'s check is named for its concept.");
        }

        Assert.HasCount(RuleCatalog.All.Count, checks);
    }

    [TestMethod]
    public void FrontEndRules_HaveTheirPublicEntryPoints()
    {
        var rules = typeof(RuleEngine).Assembly;

        Assert.IsNotNull(rules.GetType("VpnLint.Rules.Checks.Requests.MalformedFile"));
        Assert.IsNotNull(rules.GetType("VpnLint.Rules.Checks.Requests.UndeterminedApi"));
        Assert.IsNotNull(rules.GetType("VpnLint.Rules.Checks.Requests.InvalidAnalyzerSetting"));
    }

    [TestMethod]
    public void EveryRule_HasATestClass()
    {
        var testClasses = typeof(RuleCatalogTests).Assembly.GetTypes()
            .Where(type => type.GetCustomAttribute<TestClassAttribute>() is not null)
            .Select(type => type.Name)
            .ToHashSet();

        var untested = RuleCatalog.All.Where(rule => !testClasses.Contains(rule.Name + "Tests")).Select(rule => rule.Id).ToList();

        Assert.IsEmpty(untested, "Rules without a <Name>Tests class: " + string.Join(", ", untested));
    }

    [TestMethod]
    public void RuleName_IsTheRuleIdsConstantOfItsId()
    {
        foreach (var rule in RuleCatalog.All)
        {
            var field = typeof(RuleIds).GetField(rule.Name);
            Assert.IsNotNull(field, rule.Name);
            Assert.AreEqual(rule.Id, field.GetRawConstantValue());
        }

        Assert.HasCount(RuleCatalog.All.Count, typeof(RuleIds).GetFields());
    }

    [TestMethod]
    public void Titles_HaveNoTrailingPeriod_AndMessagesUseTheirPlaceholdersInOrder()
    {
        foreach (var rule in RuleCatalog.All)
        {
            Assert.DoesNotEndWith(".", rule.Title, rule.Id);
            var indexes = Placeholder().Matches(rule.MessageFormat).Select(match => int.Parse(match.Groups[1].Value)).Distinct().Order().ToList();
            CollectionAssert.AreEqual(Enumerable.Range(0, indexes.Count).ToList(), indexes, $"{rule.Id}: {rule.MessageFormat}");
        }
    }

    [TestMethod]
    public void EveryErrorCode_IsOneThePagesDocument()
    {
        foreach (var rule in RuleCatalog.All)
        {
            foreach (var code in rule.ErrorCodes)
            {
                Assert.Contains(code, Specification.AllPagesText, $"{rule.Id}'s error code {code} is on no page.");
            }
        }
    }

    [TestMethod]
    public void EveryParameterARuleNames_IsInTheParameterCatalogue()
    {
        var known = Api.All.SelectMany(api => Flatten(ParameterCatalog.For(api.Kind))).Select(parameter => parameter.Name).ToHashSet();

        foreach (var rule in RuleCatalog.All)
        {
            foreach (var parameter in rule.Parameters)
            {
                Assert.Contains(parameter, known, $"{rule.Id} names {parameter}");
            }
        }
    }

    [TestMethod]
    public void HelpUri_PointsAtTheRulesPage()
    {
        foreach (var rule in RuleCatalog.All)
        {
            Assert.AreEqual(RuleCatalog.DocumentationBaseUri + rule.Id + ".md", rule.HelpUri);
            Assert.IsTrue(Uri.IsWellFormedUriString(rule.HelpUri, UriKind.Absolute), rule.HelpUri);
        }
    }

    [TestMethod]
    public void Surface_IsFilesOnly_ForTheFileFrontEndsAndHuaweiOnlyRules_CSharpOnly_ForTheAnalyzersSettings()
    {
        string[] filesOnly = [RuleIds.MalformedFile, RuleIds.UndeterminedApi, RuleIds.HuaweiPortNotAllowed, RuleIds.ClientCaCertificateCount, RuleIds.ClientCaCertificateNotPem, RuleIds.WeakCertificate];
        string[] csharpOnly = [RuleIds.InvalidAnalyzerSetting];

        foreach (var rule in RuleCatalog.All)
        {
            var expected = filesOnly.Contains(rule.Id) ? RuleSurface.Files : csharpOnly.Contains(rule.Id) ? RuleSurface.CSharp : RuleSurface.Both;
            Assert.AreEqual(expected, rule.Surface, rule.Id);
        }
    }

    [TestMethod]
    public void FormatMessage_FillsTheFormatWithTheArguments()
    {
        var rule = RuleCatalog.Get(RuleIds.PortOutOfRange);

        Assert.AreEqual("Port 0 is outside 1 to 65535: use 1194, the default", rule.FormatMessage(["Port", "0"]));
    }

    [TestMethod]
    public void GetOfAnUnknownId_Throws_FindIgnoresCase()
    {
        Assert.ThrowsExactly<ArgumentException>(() => RuleCatalog.Get("VPN999"));
        Assert.AreEqual(RuleIds.ClientPoolTooSmall, RuleCatalog.Find("vpn200")?.Id);
        Assert.IsNull(RuleCatalog.Find("VPN999"));
    }

    internal static IEnumerable<ParameterDefinition> Flatten(IEnumerable<ParameterDefinition> parameters) =>
        parameters.SelectMany(parameter => new[] { parameter }
            .Concat(Flatten(parameter.Properties))
            .Concat(parameter.Items is null ? [] : Flatten([parameter.Items])));

    [GeneratedRegex(@"^VPN\d{3}$")]
    private static partial Regex RuleId();

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex Placeholder();
}
