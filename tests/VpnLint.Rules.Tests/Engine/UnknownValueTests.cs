using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Model;
using VpnLint.Rules.Parameters;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Rules.Tests.Engine;

/// <summary>A value only known at run time (a C# variable) counts as set and is never guessed at.</summary>
[TestClass]
public sealed class UnknownValueTests
{
    private static Request WithUnknown(ApiKind api, string json, params string[] names)
    {
        var parsed = Lint.Parse(api, json).Root;
        var members = parsed.Members.Where(member => !names.Contains(member.Name)).ToList();
        members.AddRange(names.Select(name => new RequestMember(name, default, new UnknownValue(default))));
        return new Request(api, new ObjectValue(members, parsed.Span));
    }

    [TestMethod]
    public void EveryRequest_WithEveryParameterUnknown_HasNoFindings()
    {
        foreach (var (api, json) in new[] { (ApiKind.CreateVpnGateway, ValidRequests.Gateway), (ApiKind.CreateSslVpnServer, ValidRequests.SslServer), (ApiKind.ModifySslVpnServer, ValidRequests.ModifySslServer), (ApiKind.CreateIpsecServer, ValidRequests.IpsecServer) })
        {
            var names = ParameterCatalog.For(api).Where(parameter => parameter.Origin != ParameterOrigin.Envelope).Select(parameter => parameter.Name).ToArray();

            var findings = RuleEngine.Check(WithUnknown(api, json, names));

            Assert.IsEmpty(findings, $"{api}: {string.Join("; ", findings)}");
        }
    }

    [TestMethod]
    public void UnknownRequiredParameter_IsNotMissing()
    {
        var request = WithUnknown(ApiKind.CreateSslVpnServer, JsonEdit.Remove(ValidRequests.SslServer, "ClientIpPool"), "ClientIpPool");

        Assert.IsEmpty(Lint.Of(RuleEngine.Check(request), RuleIds.MissingRequiredParameter));
    }

    [TestMethod]
    public void UnknownSwitch_DoesNotMakeADependentRuleFire()
    {
        var gateway = WithUnknown(ApiKind.CreateVpnGateway, ValidRequests.Gateway, "EnableSsl", "NetworkType");
        var mfa = WithUnknown(ApiKind.CreateSslVpnServer, JsonEdit.Set(ValidRequests.SslServer, "IDaaSInstanceId", "\"idaas-1\""), "EnableMultiFactorAuth");

        Assert.IsEmpty(RuleEngine.Check(gateway));
        Assert.IsEmpty(RuleEngine.Check(mfa));
    }

    [TestMethod]
    public void UnknownGatewayLimit_DoesNotSizeTheServer()
    {
        var gateway = WithUnknown(ApiKind.CreateVpnGateway, ValidRequests.Gateway, "SslConnections");
        var server = Lint.Parse(ApiKind.CreateSslVpnServer, JsonEdit.Set(ValidRequests.SslServer, "ClientIpPool", "\"192.168.0.0/29\""));

        var findings = RuleEngine.Check(new RequestBundle([gateway, server]));

        Assert.IsEmpty(Lint.Of(findings, RuleIds.ClientPoolTooSmall));
    }
}
