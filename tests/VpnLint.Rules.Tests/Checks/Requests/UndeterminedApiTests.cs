using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Checks.Requests;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Rules.Tests.Checks.Requests;

[TestClass]
public sealed class UndeterminedApiTests
{
    private static ApiIdentificationResult Identify(string json) => UndeterminedApi.Identify(Lint.Parse(ApiKind.CreateVpnGateway, json).Root);

    [TestMethod]
    [DataRow(ValidRequests.Gateway, ApiKind.CreateVpnGateway)]
    [DataRow(ValidRequests.SslServer, ApiKind.CreateSslVpnServer)]
    [DataRow(ValidRequests.ModifySslServer, ApiKind.ModifySslVpnServer)]
    [DataRow(ValidRequests.IpsecServer, ApiKind.CreateIpsecServer)]
    [DataRow(ValidRequests.HuaweiServer, ApiKind.HuaweiCreateVpnServer)]
    public void NamedRequest_IsIdentified(string json, ApiKind api)
    {
        var result = Identify(json);

        Assert.AreEqual(ApiIdentificationOutcome.Identified, result.Outcome);
        Assert.AreEqual(api, result.Api);
        Assert.IsNull(result.Finding);
    }

    [TestMethod]
    public void ActionInTheWrongCase_IsUndetermined_NamingTheSpelling()
    {
        var result = Identify("""{"Action": "createSslVpnServer", "ClientIpPool": "10.0.0.0/24"}""");

        Assert.AreEqual(ApiIdentificationOutcome.Undetermined, result.Outcome);
        Assert.AreEqual(RuleIds.UndeterminedApi, result.Finding!.RuleId);
        Assert.AreEqual("The request's API cannot be determined: Action createSslVpnServer differs from CreateSslVpnServer only in case; write Action: CreateSslVpnServer", result.Finding.Message);
    }

    [TestMethod]
    public void MisspeltAction_SuggestsTheApi()
    {
        Assert.EndsWith("did you mean CreateIpsecServer?", Identify("""{"Action": "CreateIPsecServr"}""").Finding!.Message);
    }

    [TestMethod]
    public void ActionOfAnotherApi_IsOtherApi()
    {
        var result = Identify("""{"Action": "RunInstances", "RegionId": "cn-hangzhou"}""");

        Assert.AreEqual(ApiIdentificationOutcome.OtherApi, result.Outcome);
        Assert.Contains("Action RunInstances is not an API VpnLint checks", result.Finding!.Message);
    }

    [TestMethod]
    public void HuaweiOperationNameAsAction_ExplainsTheHuaweiShape()
    {
        Assert.Contains("give its body as {\"vpn_server\": {...}}", Identify("""{"Action": "CreateVpnServer"}""").Finding!.Message);
    }

    [TestMethod]
    public void NonStringAction_IsUndetermined()
    {
        Assert.AreEqual(ApiIdentificationOutcome.Undetermined, Identify("""{"Action": 5}""").Outcome);
    }

    [TestMethod]
    public void BothActionAndBody_IsUndetermined()
    {
        Assert.Contains("both an Action member (Alibaba) and a vpn_server body (Huawei)", Identify("""{"Action": "CreateSslVpnServer", "vpn_server": {}}""").Finding!.Message);
    }

    [TestMethod]
    public void AlibabaParametersWithoutAction_GuessTheApi()
    {
        var result = Identify("""{"RegionId": "cn-hangzhou", "VpnGatewayId": "vpn-1", "ClientIpPool": "10.0.0.0/24", "LocalSubnet": "10.1.0.0/16", "Psk": "${PSK}"}""");

        Assert.AreEqual(ApiIdentificationOutcome.Undetermined, result.Outcome);
        Assert.EndsWith("its parameters are those of CreateIpsecServer: add Action: CreateIpsecServer", result.Finding!.Message);
        Assert.AreEqual(1, result.Finding.Span.StartLine);
    }

    [TestMethod]
    public void HuaweiBodyWithoutItsWrapper_IsExplained()
    {
        Assert.EndsWith("put them under vpn_server", Identify("""{"client_cidr": "10.0.0.0/24", "local_subnets": []}""").Finding!.Message);
    }

    [TestMethod]
    public void AmbiguousParameters_NameNoApi()
    {
        Assert.Contains("neither an Action member nor a vpn_server body", Identify("""{"RegionId": "cn-hangzhou", "ClientToken": "t"}""").Finding!.Message);
    }

    [TestMethod]
    [DataRow("""{"name": "my-package", "version": "1.0.0", "dependencies": {}}""")]
    [DataRow("""{"name": "CI", "on": ["push"], "jobs": {}}""")]
    [DataRow("""{"RegionId": "cn-hangzhou"}""")]
    [DataRow("""{}""")]
    public void OtherJson_IsNotARequest(string json)
    {
        Assert.AreEqual(ApiIdentificationOutcome.NotARequest, Identify(json).Outcome);
    }

    [TestMethod]
    [DataRow("""{"ClientIpPool": "10.0.0.0/24"}""")]
    [DataRow("""{"RegionId": "cn-hangzhou", "Name": "x"}""")]
    [DataRow("""{"vpn_server": {}}""")]
    [DataRow("""{"client_cidr": "10.0.0.0/24"}""")]
    public void ObjectWithTheseApisParameterNames_LooksLikeARequest(string json)
    {
        Assert.IsTrue(UndeterminedApi.LooksLikeRequest(Lint.Parse(ApiKind.CreateVpnGateway, json).Root));
    }
}
