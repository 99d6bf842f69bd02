using VpnLint.Cli.Tests.Support;
using static VpnLint.Cli.Tests.Sources.Terraform.TerraformResources;

namespace VpnLint.Cli.Tests.Sources.Terraform;

/// <summary>A plan is one bundle: servers are on the gateways they refer to, updates send what changes, and what exists is context.</summary>
[TestClass]
public sealed class TerraformPlanBundleTests
{
    private const string GatewayWithoutSsl = "alicloud_vpn_gateway.office";

    [TestMethod]
    public void ServerReferringToAGateway_IsOnIt()
    {
        var plan = new TerraformPlan()
            .Resource("alicloud_vpn_gateway", "office", With(Gateway, "enable_ssl", "false"), unknown: """{"id": true}""")
            .Resource("alicloud_ssl_vpn_server", "office", Without(SslServer, "vpn_gateway_id"), unknown: GatewayIdUnknown, references: OnGateway(GatewayWithoutSsl));

        var result = Check(plan);

        Assert.Contains("error VPN700: alicloud_ssl_vpn_server.office: CreateSslVpnServer needs SSL-VPN on its gateway, but the gateway at line", result.Output);
        Assert.Contains("has enable_ssl false: set enable_ssl to true on the gateway", result.Output);
    }

    [TestMethod]
    public void ServerHoldingAGatewaysKnownId_IsOnIt()
    {
        var plan = new TerraformPlan()
            .Resource("alicloud_vpn_gateway", "office", With(With(Gateway, "ssl_connections", "100"), "id", "\"vpn-bp1hgim8by0kc9nga0001\""), actions: ["no-op"], before: Gateway)
            .Resource("alicloud_ssl_vpn_server", "office", SslServer);

        var result = Check(plan);

        Assert.Contains("error VPN200: alicloud_ssl_vpn_server.office: client_ip_pool 192.168.0.0/24 has 256 addresses; the gateway's ssl_connections 100 needs at least 400", result.Output);
    }

    [TestMethod]
    public void GatewayOfSeveralInstances_WithoutAKey_IsNotGuessed()
    {
        var plan = new TerraformPlan()
            .Resource("alicloud_vpn_gateway", "office", With(Gateway, "enable_ssl", "false"), index: "0")
            .Resource("alicloud_vpn_gateway", "office", With(Gateway, "enable_ssl", "false"), index: "1")
            .Resource("alicloud_ssl_vpn_server", "office", Without(SslServer, "vpn_gateway_id"), unknown: GatewayIdUnknown,
                references: new Dictionary<string, string[]> { ["vpn_gateway_id"] = [GatewayWithoutSsl, "count.index"] });

        var result = Check(plan);

        Assert.DoesNotContain("VPN700", result.Output);
    }

    [TestMethod]
    public void GatewayOfSeveralInstances_WithAKey_IsThatInstance()
    {
        var plan = new TerraformPlan()
            .Resource("alicloud_vpn_gateway", "office", Gateway, index: "0")
            .Resource("alicloud_vpn_gateway", "office", With(Gateway, "enable_ssl", "false"), index: "1")
            .Resource("alicloud_ssl_vpn_server", "office", Without(SslServer, "vpn_gateway_id"), unknown: GatewayIdUnknown,
                references: new Dictionary<string, string[]> { ["vpn_gateway_id"] = [GatewayWithoutSsl + "[1].id", GatewayWithoutSsl + "[1]", GatewayWithoutSsl] });

        var result = Check(plan);

        Assert.Contains("VPN700: alicloud_ssl_vpn_server.office", result.Output);
    }

    [TestMethod]
    public void GatewayThroughAModuleVariable_IsFollowed()
    {
        var plan = new TerraformPlan()
            .Resource("alicloud_vpn_gateway", "office", With(Gateway, "enable_ssl", "false"))
            .Resource("alicloud_ssl_vpn_server", "this", Without(SslServer, "vpn_gateway_id"), unknown: GatewayIdUnknown, module: "module.ssl",
                references: new Dictionary<string, string[]> { ["vpn_gateway_id"] = ["var.gateway_id"] })
            .ModuleCall("module.ssl", arguments: new Dictionary<string, string[]> { ["gateway_id"] = [GatewayWithoutSsl + ".id", GatewayWithoutSsl] });

        var result = Check(plan);

        Assert.Contains("VPN700: module.ssl.alicloud_ssl_vpn_server.this", result.Output);
    }

    [TestMethod]
    public void GatewayThroughAModuleOutput_IsFollowed()
    {
        var plan = new TerraformPlan()
            .Resource("alicloud_vpn_gateway", "this", With(Gateway, "enable_ssl", "false"), module: "module.vpn")
            .ModuleCall("module.vpn", outputs: new Dictionary<string, string[]> { ["gateway_id"] = ["alicloud_vpn_gateway.this.id", "alicloud_vpn_gateway.this"] })
            .Resource("alicloud_vpn_ipsec_server", "roaming", Without(IpsecServer, "vpn_gateway_id"), unknown: GatewayIdUnknown,
                references: new Dictionary<string, string[]> { ["vpn_gateway_id"] = ["module.vpn.gateway_id", "module.vpn"] });

        var result = Check(plan);

        Assert.Contains("VPN700: alicloud_vpn_ipsec_server.roaming: CreateIpsecServer needs SSL-VPN on its gateway", result.Output);
    }

    [TestMethod]
    public void NewServer_OnAGatewayWithAnExistingOne_IsTheSecond()
    {
        var existing = With(SslServer, "id", "\"vss-bp18q7hzj6largv4v0001\"");
        var plan = new TerraformPlan()
            .Resource("alicloud_ssl_vpn_server", "added", With(SslServer, "client_ip_pool", "\"192.168.8.0/24\""))
            .Resource("alicloud_ssl_vpn_server", "existing", existing, actions: ["no-op"], before: existing)
            .Resource("alicloud_vpn_gateway", "office", With(Gateway, "id", "\"vpn-bp1hgim8by0kc9nga0001\""), actions: ["no-op"], before: Gateway);

        var result = Check(plan);

        Assert.Contains("error VPN701: alicloud_ssl_vpn_server.added: This is a second SSL server on its gateway", result.Output);
        Assert.DoesNotContain("alicloud_ssl_vpn_server.existing:", result.Output);
    }

    [TestMethod]
    public void ExistingResource_IsContextOnly_ItsFindingsAreNotReported()
    {
        var plan = new TerraformPlan().Resource("alicloud_vpn_gateway", "office", With(Gateway, "bandwidth", "5"), actions: ["no-op"], before: Gateway);

        var result = Check(plan);

        Assert.AreEqual("0 errors, 0 warnings in 1 file", result.Output.Trim(), result.ToString());
    }

    [TestMethod]
    public void DeletedResource_SendsNothing()
    {
        var plan = new TerraformPlan().Resource("alicloud_vpn_gateway", "office", With(Gateway, "bandwidth", "5"), actions: ["delete"], before: Gateway);

        var result = Check(plan);

        Assert.AreEqual("0 errors, 0 warnings in 1 file", result.Output.Trim(), result.ToString());
    }

    [TestMethod]
    public void Replacement_IsACreate()
    {
        var plan = new TerraformPlan().Resource("alicloud_vpn_gateway", "office", With(Gateway, "bandwidth", "5"), actions: ["delete", "create"], before: Gateway);

        var result = Check(plan);

        Assert.Contains("VPN600: alicloud_vpn_gateway.office: bandwidth 5", result.Output);
    }

    [TestMethod]
    public void SslServerUpdate_IsModifySslVpnServer_WithWhatItSends()
    {
        var before = With(With(SslServer, "id", "\"vss-bp18q7hzj6largv4v0001\""), "port", "443");
        var after = With(With(before, "client_ip_pool", "\"192.168.0.0/30\""), "cipher", "\"none\"");
        var plan = new TerraformPlan().Resource("alicloud_ssl_vpn_server", "office", after, actions: ["update"], before: before);

        var result = Check(plan);

        Assert.Contains("error VPN102: alicloud_ssl_vpn_server.office: client_ip_pool 192.168.0.0/30 has prefix length /30", result.Output);
        Assert.Contains("warning VPN303: alicloud_ssl_vpn_server.office: cipher none turns encryption off", result.Output);
        Assert.DoesNotContain("VPN301", result.Output, "the port does not change, so the update does not send it");
        Assert.DoesNotContain("VPN304", result.Output, "compress does not change, so the update leaves the server's compression as it is");
    }

    [TestMethod]
    public void SslServerUpdate_ThatTurnsCompressionOn_IsVpn304OnCompress()
    {
        var before = With(SslServer, "id", "\"vss-bp18q7hzj6largv4v0001\"");
        var plan = new TerraformPlan().Resource("alicloud_ssl_vpn_server", "office", With(before, "compress", "true"), actions: ["update"], before: before);

        var result = Check(plan);

        Assert.Contains("warning VPN304: alicloud_ssl_vpn_server.office: compress is true", result.Output);
    }

    [TestMethod]
    public void GatewayUpdate_ThroughAnApiVpnLintDoesNotCheck_IsContextOnly()
    {
        var after = With(With(Gateway, "bandwidth", "5"), "enable_ssl", "false");
        var plan = new TerraformPlan()
            .Resource("alicloud_vpn_gateway", "office", after, actions: ["update"], before: Gateway)
            .Resource("alicloud_ssl_vpn_server", "office", Without(SslServer, "vpn_gateway_id"), unknown: GatewayIdUnknown, references: OnGateway("alicloud_vpn_gateway.office"));

        var result = Check(plan);

        Assert.DoesNotContain("VPN600", result.Output);
        Assert.Contains("VPN700: alicloud_ssl_vpn_server.office", result.Output);
    }

    [TestMethod]
    public void State_IsJudgedAsTheRequestsThatCreateIt()
    {
        using var folder = new TempFolder();
        var gateway = With(Gateway, "bandwidth", "5");
        folder.Write("state.json", """
            {"format_version": "1.0", "terraform_version": "1.11.4", "values": {"root_module": {"resources": [],
              "child_modules": [{"address": "module.vpn", "resources": [
                {"address": "module.vpn.alicloud_vpn_gateway.this", "mode": "managed", "type": "alicloud_vpn_gateway", "name": "this",
                 "provider_name": "registry.terraform.io/aliyun/alicloud", "schema_version": 0, "sensitive_values": {}, "values":
            """ + gateway + "}]}]}}}\n");

        var result = folder.Run("check", "state.json");

        Assert.Contains("state.json(4,", result.Output);
        Assert.Contains("error VPN600: module.vpn.alicloud_vpn_gateway.this: bandwidth 5", result.Output);
    }

    private static CommandResult Check(TerraformPlan plan)
    {
        using var folder = new TempFolder();
        folder.Write("plan.json", plan.Json());
        return folder.Run("check", "plan.json");
    }
}
