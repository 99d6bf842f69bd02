using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Tests.Support;
using Kind = VpnLint.Rules.StructuralViolationKind;

namespace VpnLint.Rules.Tests.Engine;

/// <summary>A front end's structural validation names the members; the engine judges them, exactly as its own walk does.</summary>
[TestClass]
public sealed class StructuralCheckTests
{
    private static readonly string[] StructuralRules = [RuleIds.MissingRequiredParameter, RuleIds.WrongValueType, RuleIds.UnknownParameter, RuleIds.ValueNotAllowed];

    [TestMethod]
    public void EachNamedViolation_GivesTheWalksOwnFinding()
    {
        var json = JsonEdit.Set(JsonEdit.Remove(ValidRequests.SslServer, "RegionId"), ("Port", "\"1194\""), ("ClientIPPool", "\"x\""), ("Proto", "\"udp\""));
        var request = Lint.Parse(ApiKind.CreateSslVpnServer, json);
        var validation = new NamedViolations(
        [
            new(Kind.MissingRequired, string.Empty, "RegionId"),
            new(Kind.WrongType, string.Empty, "Port"),
            new(Kind.UnknownMember, string.Empty, "ClientIPPool"),
            new(Kind.ValueNotAllowed, string.Empty, "Proto"),
        ]);

        var walked = Structural(RuleEngine.Check(request));
        var validated = Structural(RuleEngine.Check(request, options: new CheckOptions(validation)));

        Assert.HasCount(4, walked);
        CollectionAssert.AreEqual(walked, validated);
        Assert.AreEqual(1, validation.Asked, "The validation is asked once per request, not once per structural rule.");
    }

    [TestMethod]
    public void ValidationNamingNothing_LeavesTheScopesItDecidesUnjudged_ButNotJsonStrings()
    {
        var json = JsonEdit.Set(ValidRequests.IpsecServer, ("Colour", "\"red\""), ("IkeConfig", JsonEdit.Quoted("""{"IkeVersion":"ikev2","IkeAuthAlg":"sha256","IkePfs":"group14","IkeEncAlg":"aes","Shade":"x"}""")));
        var request = Lint.Parse(ApiKind.CreateIpsecServer, json);

        var walked = Lint.Of(RuleEngine.Check(request), RuleIds.UnknownParameter);
        var validated = Lint.Of(RuleEngine.Check(request, options: new CheckOptions(new NamedViolations([]))), RuleIds.UnknownParameter);

        CollectionAssert.AreEquivalent(new[] { "Colour", "IkeConfig.Shade" }, walked.Select(finding => finding.Path).ToList());
        Assert.AreEqual("IkeConfig.Shade", validated.Single().Path, "No validation sees into a string of JSON: the engine reads it.");
    }

    [TestMethod]
    public void KindsTheValidationDoesNotDecide_AreWalked()
    {
        var json = JsonEdit.Set(JsonEdit.Remove(ValidRequests.SslServer, "RegionId"), ("Colour", "\"red\""), ("Proto", "\"udp\""));
        var request = Lint.Parse(ApiKind.CreateSslVpnServer, json);
        var compiler = new NamedViolations([], Kind.WrongType, Kind.UnknownMember);

        var findings = Structural(RuleEngine.Check(request, options: new CheckOptions(compiler)));

        CollectionAssert.AreEquivalent(new[] { "VPN003 RegionId", "VPN006 Proto" }, findings.Select(finding => finding.Split(' ')[0] + " " + finding.Split(' ')[1]).ToList());
    }

    [TestMethod]
    public void NameGivenSeveralTimes_IsJudgedAtEveryOccurrence_Once_WhetherNamedOrNot()
    {
        var json = ValidRequests.SslServer.TrimEnd().TrimEnd('}') + ", \"Proto\": \"udp\", \"Proto\": \"Tcp\" }";
        var request = Lint.Parse(ApiKind.CreateSslVpnServer, json);

        var named = Lint.Of(RuleEngine.Check(request, options: new CheckOptions(new NamedViolations([new(Kind.ValueNotAllowed, string.Empty, "Proto")]))), RuleIds.ValueNotAllowed);
        var notNamed = Lint.Of(RuleEngine.Check(request, options: new CheckOptions(new NamedViolations([]))), RuleIds.ValueNotAllowed);

        Assert.HasCount(2, named, "Both misspelled Proto values are judged, not only the last one a validator sees, and each once.");
        Assert.AreNotEqual(named[0].Span, named[1].Span);
        CollectionAssert.AreEqual(named.Select(finding => finding.Span).ToList(), notNamed.Select(finding => finding.Span).ToList());
    }

    [TestMethod]
    public void NestedObjectPaths_AreFound()
    {
        var request = Lint.Parse(ApiKind.HuaweiCreateVpnServer, JsonEdit.Set(ValidRequests.HuaweiServer, "vpn_server.ssl_options.protocol", "\"udp\""));

        var finding = Lint.Of(RuleEngine.Check(request, options: new CheckOptions(new NamedViolations([new(Kind.ValueNotAllowed, "vpn_server.ssl_options", "protocol")]))), RuleIds.ValueNotAllowed).Single();

        Assert.AreEqual("ssl_options.protocol udp is not allowed: use TCP", finding.Message);
    }

    [TestMethod]
    public void NamedMembersTheEngineAccepts_GiveNothing()
    {
        var request = Lint.Parse(ApiKind.CreateIpsecServer, JsonEdit.Set(ValidRequests.IpsecServer, "IkeConfig", "{}"));
        var validation = new NamedViolations(
        [
            new(Kind.WrongType, string.Empty, "IkeConfig"),
            new(Kind.UnknownMember, "NoSuchObject", "x"),
            new(Kind.MissingRequired, string.Empty, "Psk"),
        ]);

        Assert.IsEmpty(Structural(RuleEngine.Check(request, options: new CheckOptions(validation))), "A schema may say string where the engine accepts an object; Psk is optional; the object does not exist.");
    }

    [TestMethod]
    public void FindingInsideAJsonString_SaysItsReplacementGoesBetweenTheJsonQuotes()
    {
        var inString = Lint.Parse(ApiKind.CreateIpsecServer, JsonEdit.Set(ValidRequests.IpsecServer, "IkeConfig", JsonEdit.Quoted("""{"IkeVersion":"IKEV2"}""")));
        var inObject = Lint.Parse(ApiKind.CreateIpsecServer, JsonEdit.Set(ValidRequests.IpsecServer, "IkeConfig", """{"IkeVersion":"IKEV2"}"""));
        var proto = Lint.Parse(ApiKind.CreateSslVpnServer, JsonEdit.Set(ValidRequests.SslServer, "Proto", "\"udp\""));

        Assert.IsTrue(Lint.Of(RuleEngine.Check(inString), RuleIds.ValueNotAllowed).Single().ReplacesJsonStringContent);
        Assert.IsFalse(Lint.Of(RuleEngine.Check(inObject), RuleIds.ValueNotAllowed).Single().ReplacesJsonStringContent);
        Assert.IsFalse(Lint.Of(RuleEngine.Check(proto), RuleIds.ValueNotAllowed).Single().ReplacesJsonStringContent);
    }

    private static List<string> Structural(IReadOnlyList<Finding> findings) => findings
        .Where(finding => StructuralRules.Contains(finding.RuleId))
        .Select(finding => $"{finding.RuleId} {finding.Path} {finding.Severity} {finding.Span} {finding.Message}")
        .ToList();
}
