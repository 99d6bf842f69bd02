using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Model;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Rules.Tests.Engine;

/// <summary>A request the front end sees only part of: only what holds whether a parameter it leaves out is absent or set is reported.</summary>
[TestClass]
public sealed class PartialRequestsTests
{
    [TestMethod]
    public void LeftOutRequiredParameter_IsMissing_OnlyInAWholeRequest()
    {
        var json = JsonEdit.Remove(ValidRequests.SslServer, "ClientIpPool");

        Assert.HasCount(1, Lint.Of(RuleEngine.Check(Parse(json, isPartial: false)), RuleIds.MissingRequiredParameter));
        Assert.IsEmpty(Lint.Of(RuleEngine.Check(Parse(json, isPartial: true)), RuleIds.MissingRequiredParameter));
    }

    [TestMethod]
    public void FindingThatNeedsALeftOutParameterSet_IsNotClaimed()
    {
        var json = JsonEdit.Set(ValidRequests.SslServer, "IDaaSInstanceId", "\"idaas-1\"");

        Assert.HasCount(1, Lint.Of(RuleEngine.Check(Parse(json, isPartial: false)), RuleIds.IdaasWithoutMultiFactorAuth));
        Assert.IsEmpty(Lint.Of(RuleEngine.Check(Parse(json, isPartial: true)), RuleIds.IdaasWithoutMultiFactorAuth), "EnableMultiFactorAuth may be set elsewhere.");
    }

    [TestMethod]
    public void FindingOnAValueItHolds_IsReportedEitherWay()
    {
        var json = JsonEdit.Remove(JsonEdit.Set(ValidRequests.SslServer, "Port", "443"), "RegionId");

        var finding = Lint.Of(RuleEngine.Check(Parse(json, isPartial: true)), RuleIds.ReservedPort).Single();

        Assert.AreEqual("443", Lint.TextAt(json, finding));
    }

    [TestMethod]
    public void PartialRequestInABundle_IsJudgedAgainstTheOthers_AsItIs()
    {
        var gateway = Lint.Parse(ApiKind.CreateVpnGateway, JsonEdit.Set(ValidRequests.Gateway, ("EnableSsl", "true"), ("SslConnections", "100")));
        var server = Parse(JsonEdit.Set(JsonEdit.Remove(ValidRequests.SslServer, "VpnGatewayId"), "ClientIpPool", "\"192.168.0.0/25\""), isPartial: true);

        var findings = RuleEngine.Check(new RequestBundle([gateway, server]));

        Assert.HasCount(1, Lint.Of(findings, RuleIds.ClientPoolTooSmall), "The pool is too small for the gateway whatever else is set.");
        Assert.AreSame(server, Lint.Of(findings, RuleIds.ClientPoolTooSmall)[0].Request);
    }

    private static Request Parse(string json, bool isPartial)
    {
        var request = Lint.Parse(ApiKind.CreateSslVpnServer, json);
        return new Request(request.Api, request.Root, request.Label, isPartial);
    }
}
