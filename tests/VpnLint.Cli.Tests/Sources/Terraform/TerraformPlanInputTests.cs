using System.Text.Json;
using VpnLint.Cli.Tests.Support;
using static VpnLint.Cli.Tests.Sources.Terraform.TerraformResources;

namespace VpnLint.Cli.Tests.Sources.Terraform;

/// <summary>How plans are told, what goes wrong in them, and how their findings are suppressed, baselined and written.</summary>
[TestClass]
public sealed class TerraformPlanInputTests
{
    private static readonly string BadGateway = new TerraformPlan().Resource("alicloud_vpn_gateway", "office", With(Gateway, "bandwidth", "5")).Json();

    [TestMethod]
    public void Plan_IsToldByItsContent_WhateverItsName()
    {
        using var folder = new TempFolder();
        folder.Write("infra/output.txt.json", BadGateway);

        var result = folder.Run("check", ".");

        Assert.Contains("VPN600: alicloud_vpn_gateway.office", result.Output);
    }

    [TestMethod]
    public void UnknownFormatVersion_IsVpn002AtIt()
    {
        var json = new TerraformPlan { FormatVersion = "2.0" }.Resource("alicloud_vpn_gateway", "office", With(Gateway, "bandwidth", "5")).Json();
        using var folder = new TempFolder();
        folder.Write("plan.json", json);

        var result = folder.Run("check", "plan.json");

        Assert.Contains($"plan.json{TextPosition.Of(json, "\"2.0\"")}: error VPN002: The request's API cannot be determined: format_version 2.0 is not a format VpnLint reads", result.Output);
        Assert.DoesNotContain("VPN600", result.Output);
    }

    [TestMethod]
    public void TruncatedPlan_IsVpn001_AndTheOtherFilesAreChecked()
    {
        using var folder = new TempFolder();
        folder.Write("a/plan.json", BadGateway[..(BadGateway.Length / 2)]);
        folder.Write("b/plan.json", BadGateway);

        var result = folder.Run("check", ".");

        Assert.Contains("a/plan.json(", result.Output);
        Assert.Contains("error VPN001", result.Output);
        Assert.Contains("b/plan.json(", result.Output);
        Assert.Contains("VPN600", result.Output);
    }

    [TestMethod]
    [DataRow("""{"format_version": "1.2", "resource_changes": {"a": 1}}""", "resource_changes must be a list")]
    [DataRow("""{"format_version": "1.2", "resource_changes": [{"type": "alicloud_vpn_gateway"}]}""", "an item of resource_changes has no address, type or name")]
    [DataRow("""{"format_version": "1.2", "resource_changes": [{"address": "alicloud_vpn_gateway.a", "type": "alicloud_vpn_gateway", "name": "a", "change": {"actions": ["create"]}}]}""", "the change of alicloud_vpn_gateway.a has no after object")]
    [DataRow("""{"format_version": "1.2", "planned_values": {}}""", "the plan has neither resource_changes nor a state's values.root_module")]
    public void PlanNotShapedAsTerraformWritesIt_IsVpn002(string json, string problem)
    {
        using var folder = new TempFolder();
        folder.Write("plan.json", json);

        var result = folder.Run("check", "plan.json");

        Assert.Contains("error VPN002: The request's API cannot be determined: " + problem, result.Output);
        Assert.AreEqual(1, result.ExitCode, result.ToString());
    }

    [TestMethod]
    public void ResourcesOfOtherTypes_AreCountedAsNotChecked()
    {
        var json = new TerraformPlan().Resource("alicloud_vpc", "office", """{"cidr_block": "172.16.0.0/12"}""").Resource("random_password", "psk", """{"length": 24}""").Json();
        using var folder = new TempFolder();
        folder.Write("plan.json", json);

        var text = folder.Run("check", "plan.json");
        var report = folder.Run("check", "plan.json", "--format", "json");

        Assert.AreEqual("0 errors, 0 warnings in 1 file (2 resources of other types not checked)", text.Output.Trim(), text.ToString());
        Assert.Contains("\"uncheckedResources\": 2", report.Output);
    }

    [TestMethod]
    public void PlanWithoutVpnResources_FoundInAFolder_IsSkipped()
    {
        using var folder = new TempFolder();
        folder.Write("plan.json", new TerraformPlan().Resource("alicloud_vpc", "office", """{"cidr_block": "172.16.0.0/12"}""").Json());

        var result = folder.Run("check", ".");

        Assert.Contains("0 files (1 file skipped: no VPN request in it; 1 resource of other types not checked)", result.Output);
    }

    [TestMethod]
    public void InputFormat_ForcesHowAFileIsRead()
    {
        using var folder = new TempFolder();
        folder.Write("plan.json", BadGateway);
        folder.Write("server.yaml", SampleRequests.SslServerYaml);

        var asRequests = folder.Run("check", "plan.json", "--input-format", "requests");
        var asPlan = folder.Run("check", "server.yaml", "--input-format", "terraform");

        Assert.Contains("VPN002", asRequests.Output);
        Assert.DoesNotContain("VPN600", asRequests.Output);
        Assert.Contains("error VPN002: The request's API cannot be determined: the file has no format_version, so it is not Terraform's JSON output", asPlan.Output);
    }

    [TestMethod]
    public void IgnoreEntry_MatchesTheAttributePath_WithOrWithoutTheResource()
    {
        using var folder = new TempFolder();
        var json = new TerraformPlan()
            .Resource("alicloud_ssl_vpn_server", "office", With(SslServer, "client_ip_pool", "\"100.64.0.0/24\""))
            .Resource("alicloud_ssl_vpn_server", "branch", With(With(SslServer, "client_ip_pool", "\"100.65.0.0/24\""), "vpn_gateway_id", "\"vpn-2\"")).Json();
        folder.Write("plan.json", json);
        folder.Write("vpnlint.yaml", "ignore:\n  - rules: [VPN104]\n    parameters: [\"alicloud_ssl_vpn_server.office.client_ip_pool\"]\n");

        var result = folder.Run("check", "plan.json");

        Assert.Contains("VPN104: alicloud_ssl_vpn_server.branch", result.Output);
        Assert.DoesNotContain("VPN104: alicloud_ssl_vpn_server.office", result.Output);
        Assert.Contains("1 finding suppressed", result.Output);
    }

    [TestMethod]
    public void Baseline_TellsTwoResourcesApart()
    {
        using var folder = new TempFolder();
        var office = new TerraformPlan().Resource("alicloud_ssl_vpn_server", "office", With(SslServer, "client_ip_pool", "\"100.64.0.0/24\""));
        folder.Write("plan.json", office.Json());
        folder.Run("check", "plan.json", "--write-baseline", "baseline.json");
        folder.Write("plan.json", office.Resource("alicloud_ssl_vpn_server", "branch", With(With(SslServer, "client_ip_pool", "\"100.65.0.0/24\""), "vpn_gateway_id", "\"vpn-2\"")).Json());

        var result = folder.Run("check", "plan.json", "--baseline", "baseline.json");

        Assert.Contains("\"path\": \"alicloud_ssl_vpn_server.office.client_ip_pool\"", folder.Read("baseline.json"));
        Assert.Contains("VPN104: alicloud_ssl_vpn_server.branch", result.Output);
        Assert.DoesNotContain("VPN104: alicloud_ssl_vpn_server.office", result.Output);
    }

    [TestMethod]
    public void Sarif_NamesTheResourceAsALogicalLocation()
    {
        using var folder = new TempFolder();
        folder.Write("plan.json", new TerraformPlan().Resource("alicloud_vpn_gateway", "this", With(Gateway, "bandwidth", "5"), module: "module.vpn").Json());

        var result = folder.Run("check", "plan.json", "--format", "sarif");

        using var sarif = JsonDocument.Parse(result.Output);
        var location = sarif.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations")[0];
        var logical = location.GetProperty("logicalLocations")[0];
        Assert.AreEqual("module.vpn.alicloud_vpn_gateway.this", logical.GetProperty("fullyQualifiedName").GetString());
        Assert.AreEqual("resource", logical.GetProperty("kind").GetString());
        Assert.AreEqual("plan.json", location.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
    }
}
