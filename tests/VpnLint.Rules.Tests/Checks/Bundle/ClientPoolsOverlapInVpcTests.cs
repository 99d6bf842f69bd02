using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Rules.Tests.Checks.Bundle;

[TestClass]
public sealed class ClientPoolsOverlapInVpcTests
{
    [TestMethod]
    public void SslAndIpsecClientBlocksOverlapping_InOneBundle_IsRejectedAtTheLater()
    {
        var ipsec = JsonEdit.Set(ValidRequests.IpsecServer, "ClientIpPool", "\"192.168.0.128/25\"");

        var findings = Lint.CheckBundle(null, (ApiKind.CreateSslVpnServer, ValidRequests.SslServer, null), (ApiKind.CreateIpsecServer, ipsec, null));

        var finding = Lint.Of(findings, RuleIds.ClientPoolsOverlapInVpc).Single();
        Assert.AreEqual("ClientIpPool 192.168.0.128/25 overlaps the client CIDR block 192.168.0.0/24 of the server at line 1 in the same VPC: give each server its own client block", finding.Message);
        Assert.AreEqual(ApiKind.CreateIpsecServer, finding.Request!.Api);
    }

    [TestMethod]
    public void ModifiedClientBlock_IsComparedToo_AsTheModifyPageListsTheConflict()
    {
        var modify = JsonEdit.Set(ValidRequests.ModifySslServer, "ClientIpPool", "\"10.0.0.0/23\"");

        Assert.HasCount(1, Lint.Of(Lint.CheckBundle(null, (ApiKind.CreateIpsecServer, ValidRequests.IpsecServer, null), (ApiKind.ModifySslVpnServer, modify, null)), RuleIds.ClientPoolsOverlapInVpc));
    }

    [TestMethod]
    public void DisjointClientBlocks_AreFine()
    {
        Assert.IsEmpty(Lint.Of(Lint.CheckBundle(null, (ApiKind.CreateSslVpnServer, ValidRequests.SslServer, null), (ApiKind.CreateIpsecServer, ValidRequests.IpsecServer, null)), RuleIds.ClientPoolsOverlapInVpc));
    }

    [TestMethod]
    public void ServersOfGatewaysInDifferentVpcs_MayOverlap()
    {
        var otherVpc = JsonEdit.Set(ValidRequests.Gateway, "VpcId", "\"vpc-other\"");
        var sslOnA = JsonEdit.Set(ValidRequests.SslServer, "VpnGatewayId", "\"a\"");
        var ipsecOnB = JsonEdit.Set(ValidRequests.IpsecServer, ("VpnGatewayId", "\"b\""), ("ClientIpPool", "\"192.168.0.0/24\""));
        var ipsecOnA = JsonEdit.Set(ipsecOnB, "VpnGatewayId", "\"a\"");

        var apart = Lint.CheckBundle(null, (ApiKind.CreateVpnGateway, ValidRequests.Gateway, "a"), (ApiKind.CreateVpnGateway, otherVpc, "b"), (ApiKind.CreateSslVpnServer, sslOnA, null), (ApiKind.CreateIpsecServer, ipsecOnB, null));
        var together = Lint.CheckBundle(null, (ApiKind.CreateVpnGateway, ValidRequests.Gateway, "a"), (ApiKind.CreateVpnGateway, otherVpc, "b"), (ApiKind.CreateSslVpnServer, sslOnA, null), (ApiKind.CreateIpsecServer, ipsecOnA, null));

        Assert.IsEmpty(Lint.Of(apart, RuleIds.ClientPoolsOverlapInVpc));
        Assert.HasCount(1, Lint.Of(together, RuleIds.ClientPoolsOverlapInVpc));
    }

    [TestMethod]
    public void ALoneRequest_HasNothingToOverlap()
    {
        Assert.IsEmpty(Lint.Check(ApiKind.CreateSslVpnServer, ValidRequests.SslServer, RuleIds.ClientPoolsOverlapInVpc));
    }
}
