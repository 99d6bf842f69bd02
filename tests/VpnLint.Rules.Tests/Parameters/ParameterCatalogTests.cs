using VpnLint.Rules.Apis;
using VpnLint.Rules.Parameters;
using VpnLint.Rules.Tests.Catalog;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Rules.Tests.Parameters;

[TestClass]
public sealed class ParameterCatalogTests
{
    [TestMethod]
    [DataRow(ApiKind.CreateVpnGateway)]
    [DataRow(ApiKind.CreateSslVpnServer)]
    [DataRow(ApiKind.ModifySslVpnServer)]
    [DataRow(ApiKind.CreateIpsecServer)]
    public void AlibabaCatalogue_HasExactlyThePagesParameters_WithTheirTypes(ApiKind api)
    {
        var page = Specification.AlibabaPageParameters(Api.Describe(api).PageFile);
        var fromPage = ParameterCatalog.For(api).Where(parameter => parameter.Origin == ParameterOrigin.Page).ToList();

        CollectionAssert.AreEquivalent(page.Select(row => row.Name).ToList(), fromPage.Select(parameter => parameter.Name).ToList());
        foreach (var row in page)
        {
            var parameter = ParameterCatalog.Find(api, row.Name)!;
            Assert.AreEqual(row.Type, parameter.Type.ToString().ToLowerInvariant(), row.Name);
        }
    }

    [TestMethod]
    [DataRow(ApiKind.CreateVpnGateway)]
    [DataRow(ApiKind.CreateSslVpnServer)]
    [DataRow(ApiKind.ModifySslVpnServer)]
    [DataRow(ApiKind.CreateIpsecServer)]
    public void AlibabaRequiredFlags_AreThePages_ButPskEnabledWhoseNoteRequiresIt(ApiKind api)
    {
        foreach (var row in Specification.AlibabaPageParameters(Api.Describe(api).PageFile))
        {
            var expected = row.Required || row.Name == ParameterNames.PskEnabled;
            Assert.AreEqual(expected, ParameterCatalog.Find(api, row.Name)!.Required, row.Name);
        }
    }

    [TestMethod]
    public void NewerParameters_AreKnown_SoThatValidRequestsPass()
    {
        string[] sslNewer = [ParameterNames.DryRun, ParameterNames.DnsServers, ParameterNames.OwnerId, ParameterNames.OwnerAccount, ParameterNames.ResourceOwnerId, ParameterNames.ResourceOwnerAccount];

        foreach (var api in new[] { ApiKind.CreateSslVpnServer, ApiKind.ModifySslVpnServer })
        {
            foreach (var name in sslNewer)
            {
                Assert.AreEqual(ParameterOrigin.NewerThanPage, ParameterCatalog.Find(api, name)?.Origin, $"{api} {name}");
            }
        }

        Assert.AreEqual(ParameterOrigin.NewerThanPage, ParameterCatalog.Find(ApiKind.CreateSslVpnServer, ParameterNames.IDaaSApplicationId)?.Origin);
        Assert.AreEqual(ParameterOrigin.Page, ParameterCatalog.Find(ApiKind.ModifySslVpnServer, ParameterNames.IDaaSApplicationId)?.Origin);
        Assert.IsNotNull(ParameterCatalog.Find(ApiKind.CreateVpnGateway, ParameterNames.OwnerId));
        Assert.IsNull(ParameterCatalog.Find(ApiKind.CreateIpsecServer, ParameterNames.OwnerId), "The IPsec server request has no account parameters.");
    }

    [TestMethod]
    public void HuaweiBody_HasThePagesMembers_AndTheNewerOnes()
    {
        var body = ParameterCatalog.Find(ApiKind.HuaweiCreateVpnServer, ParameterNames.VpnServer)!;

        CollectionAssert.AreEqual(
            new[] { "tunnel_protocol", "client_cidr", "local_subnets", "client_auth_type", "server_certificate", "client_ca_certificates", "ssl_options", "dns_servers", "idp_name" },
            body.Properties.Select(parameter => parameter.Name).ToList());
        CollectionAssert.AreEqual(new[] { "client_cidr", "local_subnets", "server_certificate", "ssl_options" }, body.Properties.Where(parameter => parameter.Required).Select(parameter => parameter.Name).ToList());
        CollectionAssert.AreEqual(new[] { "CERT", "LOCAL_PASSWORD", "IAM", "FEDERATED" }, body.FindProperty(ParameterNames.ClientAuthType)!.AllowedValues.ToList());
        Assert.IsTrue(body.FindProperty(ParameterNames.ServerCertificate)!.FindProperty(ParameterNames.CertificateId)!.Required);
        Assert.IsTrue(body.FindProperty(ParameterNames.ClientCaCertificates)!.Items!.FindProperty(ParameterNames.CertificateContent)!.Required);
    }

    [TestMethod]
    public void HuaweiEnvelope_HasThePathAndHeaderParameters()
    {
        var envelope = ParameterCatalog.For(ApiKind.HuaweiCreateVpnServer).Where(parameter => parameter.Origin == ParameterOrigin.Envelope).Select(parameter => parameter.Name);

        CollectionAssert.AreEquivalent(new[] { "project_id", "p2c_vgw_id", "X-Client-Token" }, envelope.ToList());
    }

    [TestMethod]
    public void OnlyThePreSharedKeyAndCertificateBodies_AreSecret()
    {
        var secrets = Api.All.SelectMany(api => RuleCatalogTests.Flatten(ParameterCatalog.For(api.Kind))).Where(parameter => parameter.IsSecret).Select(parameter => parameter.Name).Distinct();

        CollectionAssert.AreEquivalent(new[] { ParameterNames.Psk, ParameterNames.CertificateContent }, secrets.ToList());
    }

    [TestMethod]
    public void IpsecConfigs_AreEmbeddedJson_WithThePagesKeys()
    {
        var ike = ParameterCatalog.Find(ApiKind.CreateIpsecServer, ParameterNames.IkeConfig)!;
        var ipsec = ParameterCatalog.Find(ApiKind.CreateIpsecServer, ParameterNames.IpsecConfig)!;

        Assert.IsTrue(ike.EmbeddedJson && ipsec.EmbeddedJson);
        CollectionAssert.AreEqual(new[] { "IkeVersion", "IkeMode", "IkeEncAlg", "IkeAuthAlg", "IkePfs", "IkeLifetime", "LocalId", "RemoteId" }, ike.Properties.Select(parameter => parameter.Name).ToList());
        CollectionAssert.AreEqual(new[] { "IpsecEncAlg", "IpsecAuthAlg", "IpsecPfs", "IpsecLifetime" }, ipsec.Properties.Select(parameter => parameter.Name).ToList());
    }

    [TestMethod]
    public void IsKnownTopLevelName_IsCaseSensitive()
    {
        Assert.IsTrue(ParameterCatalog.IsKnownTopLevelName("ClientIpPool"));
        Assert.IsTrue(ParameterCatalog.IsKnownTopLevelName("vpn_server"));
        Assert.IsFalse(ParameterCatalog.IsKnownTopLevelName("clientippool"));
        Assert.IsFalse(ParameterCatalog.IsKnownTopLevelName("client_cidr"), "client_cidr is a member of vpn_server, not a top-level parameter.");
    }
}
