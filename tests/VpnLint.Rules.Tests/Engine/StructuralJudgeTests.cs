using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Rules.Tests.Engine;

/// <summary>A schema validator's verdicts become exactly the engine's findings.</summary>
[TestClass]
public sealed class StructuralJudgeTests
{
    [TestMethod]
    public void EachViolationKind_GivesTheEnginesOwnFinding()
    {
        var json = JsonEdit.Set(JsonEdit.Remove(ValidRequests.SslServer, "RegionId"), ("Port", "\"1194\""), ("ClientIPPool", "\"x\""), ("Proto", "\"udp\""));
        var request = Lint.Parse(ApiKind.CreateSslVpnServer, json);
        var engine = RuleEngine.Check(request);

        var judged = new[]
        {
            StructuralJudge.Judge(request, StructuralViolationKind.MissingRequired, string.Empty, "RegionId"),
            StructuralJudge.Judge(request, StructuralViolationKind.WrongType, string.Empty, "Port"),
            StructuralJudge.Judge(request, StructuralViolationKind.UnknownMember, string.Empty, "ClientIPPool"),
            StructuralJudge.Judge(request, StructuralViolationKind.ValueNotAllowed, string.Empty, "Proto"),
        };

        foreach (var findings in judged)
        {
            var finding = findings.Single();
            var same = engine.Single(candidate => candidate.RuleId == finding.RuleId && candidate.Path == finding.Path);
            Assert.AreEqual(same.Message, finding.Message);
            Assert.AreEqual(same.Severity, finding.Severity);
            Assert.AreEqual(same.Span, finding.Span);
        }
    }

    [TestMethod]
    public void OneJudgeForEveryViolation_GivesWhatSeparateJudgementsGive()
    {
        var json = JsonEdit.Set(ValidRequests.SslServer, ("Colour", "\"red\""), ("Proto", "\"udp\""));
        var request = Lint.Parse(ApiKind.CreateSslVpnServer, json);
        var judge = new StructuralJudge(request);

        foreach (var (kind, name) in new[] { (StructuralViolationKind.UnknownMember, "Colour"), (StructuralViolationKind.ValueNotAllowed, "Proto") })
        {
            var together = judge.JudgeMember(kind, string.Empty, name).Single();
            var alone = StructuralJudge.Judge(request, kind, string.Empty, name).Single();
            Assert.AreEqual(alone.Message, together.Message);
            Assert.AreEqual(alone.Span, together.Span);
        }
    }

    [TestMethod]
    public void MemberGivenSeveralTimes_IsJudgedAtEveryOccurrence()
    {
        var json = ValidRequests.SslServer.TrimEnd().TrimEnd('}') + ", \"Proto\": \"udp\", \"Proto\": \"tcp\" }";
        var request = Lint.Parse(ApiKind.CreateSslVpnServer, json);

        var findings = new StructuralJudge(request).JudgeMember(StructuralViolationKind.ValueNotAllowed, string.Empty, "Proto");

        Assert.HasCount(2, findings, "Both misspelled Proto values are judged, not only the last one a validator sees.");
        Assert.AreNotEqual(findings[0].Span, findings[1].Span);
    }

    [TestMethod]
    public void NestedObjectPaths_AreFound()
    {
        var request = Lint.Parse(ApiKind.HuaweiCreateVpnServer, JsonEdit.Set(ValidRequests.HuaweiServer, "vpn_server.ssl_options.protocol", "\"udp\""));

        var finding = StructuralJudge.Judge(request, StructuralViolationKind.ValueNotAllowed, "vpn_server.ssl_options", "protocol").Single();

        Assert.AreEqual("ssl_options.protocol udp is not allowed: use TCP", finding.Message);
    }

    [TestMethod]
    public void WhatTheEngineAccepts_GivesNothing()
    {
        var request = Lint.Parse(ApiKind.CreateIpsecServer, JsonEdit.Set(ValidRequests.IpsecServer, "IkeConfig", "{}"));

        Assert.IsEmpty(StructuralJudge.Judge(request, StructuralViolationKind.WrongType, string.Empty, "IkeConfig"), "A schema may say string; the engine accepts an object.");
        Assert.IsEmpty(StructuralJudge.Judge(request, StructuralViolationKind.UnknownMember, "NoSuchObject", "x"));
        Assert.IsEmpty(StructuralJudge.Judge(request, StructuralViolationKind.MissingRequired, string.Empty, "Psk"), "Psk is optional.");
    }

    [TestMethod]
    public void SchemaValidatedStructure_LeavesTheSchemasScopesAlone_ButNotJsonStrings()
    {
        var json = JsonEdit.Set(ValidRequests.IpsecServer, ("Colour", "\"red\""), ("IkeConfig", JsonEdit.Quoted("""{"IkeVersion":"ikev2","IkeAuthAlg":"sha256","IkePfs":"group14","IkeEncAlg":"aes","Shade":"x"}""")));
        var request = Lint.Parse(ApiKind.CreateIpsecServer, json);

        var all = Lint.Of(RuleEngine.Check(request), RuleIds.UnknownParameter);
        var insideStringsOnly = Lint.Of(RuleEngine.Check(request, options: new CheckOptions { StructureValidatedBySchema = true }), RuleIds.UnknownParameter);

        CollectionAssert.AreEquivalent(new[] { "Colour", "IkeConfig.Shade" }, all.Select(finding => finding.Path).ToList());
        Assert.AreEqual("IkeConfig.Shade", insideStringsOnly.Single().Path);
    }
}
