using VpnLint.Cli.Tests.Support;
using static VpnLint.Cli.Tests.Sources.Terraform.TerraformResources;

namespace VpnLint.Cli.Tests.Sources.Terraform;

/// <summary>Each resource type of a plan is judged as the request its provider sends, in the words of the plan.</summary>
[TestClass]
public sealed class TerraformPlanSourceTests
{
    [TestMethod]
    public void GatewayAttribute_IsJudgedAsItsParameter_AtItsValue_InItsOwnName()
    {
        var plan = new TerraformPlan().Resource("alicloud_vpn_gateway", "office", With(Gateway, "bandwidth", "5"));

        var (result, json) = Check(plan);

        Assert.Contains($"plan.json{TextPosition.Of(json, "5,")}: error VPN600: alicloud_vpn_gateway.office: bandwidth 5 is not allowed for a public gateway", result.Output);
    }

    [TestMethod]
    public void VpnGatewayName_IsSentAsName_OverTheDeprecatedName()
    {
        var plan = new TerraformPlan().Resource("alicloud_vpn_gateway", "office", With(With(Gateway, "name", "\"office2\""), "vpn_gateway_name", "\"1st-gateway\""));

        var (result, _) = Check(plan);

        Assert.Contains("error VPN010: alicloud_vpn_gateway.office: vpn_gateway_name \"1st-gateway\" is invalid: it must start with a letter", result.Output);
        Assert.DoesNotContain("office2", result.Output);
    }

    [TestMethod]
    [DataRow("Subscription", true)]
    [DataRow("PrePaid", true)]
    [DataRow("PayAsYouGo", false)]
    [DataRow("PostPaid", false)]
    public void Period_IsSentOnlyForASubscription(string paymentType, bool sent)
    {
        var plan = new TerraformPlan().Resource("alicloud_vpn_gateway", "office", With(With(Gateway, "payment_type", $"\"{paymentType}\""), "period", "13"));

        var (result, _) = Check(plan);

        Assert.AreEqual(sent, result.Output.Contains("error VPN605: alicloud_vpn_gateway.office: period 13 is not allowed", StringComparison.Ordinal), result.ToString());
    }

    [TestMethod]
    public void DeprecatedInstanceChargeType_IsConvertedAsTheProviderDoes()
    {
        var plan = new TerraformPlan().Resource("alicloud_vpn_gateway", "office", With(With(Without(Gateway, "payment_type"), "instance_charge_type", "\"Prepaid\""), "period", "13"));

        var (result, _) = Check(plan);

        Assert.Contains("VPN605: alicloud_vpn_gateway.office: period 13", result.Output);
    }

    [TestMethod]
    public void PaymentType_InAnotherCase_IsSentAsWritten_AndRejected()
    {
        var plan = new TerraformPlan().Resource("alicloud_vpn_gateway", "office", With(Gateway, "payment_type", "\"subscription\""));

        var (result, _) = Check(plan);

        Assert.Contains("error VPN006: alicloud_vpn_gateway.office: payment_type subscription is not allowed", result.Output);
    }

    [TestMethod]
    [DataRow("true", true)]
    [DataRow("false", false)]
    public void SslConnections_IsSentOnlyWithSsl(string enableSsl, bool sent)
    {
        var plan = new TerraformPlan().Resource("alicloud_vpn_gateway", "office", With(With(Gateway, "enable_ssl", enableSsl), "ssl_connections", "30"));

        var (result, _) = Check(plan);

        Assert.AreEqual(sent, result.Output.Contains("VPN601: alicloud_vpn_gateway.office: ssl_connections 30 is not allowed", StringComparison.Ordinal), result.ToString());
        Assert.DoesNotContain("VPN602", result.Output);
    }

    [TestMethod]
    public void AutoPayLeftOut_IsTheProvidersTrue_WhichThePayAsYouGoRuleLeavesAlone()
    {
        var plan = new TerraformPlan().Resource("alicloud_vpn_gateway", "office", With(Without(Without(Gateway, "auto_pay"), "period"), "payment_type", "\"PayAsYouGo\""));

        var (result, _) = Check(plan);

        Assert.DoesNotContain("VPN606", result.Output, "the user cannot remove what the provider fills in, and the API ignores it");
    }

    [TestMethod]
    public void AutoPayWritten_OnPayAsYouGo_IsVpn606OnTheAttribute()
    {
        var plan = new TerraformPlan().Resource("alicloud_vpn_gateway", "office", With(Without(Gateway, "period"), "payment_type", "\"PayAsYouGo\""));

        var (result, json) = Check(plan);

        Assert.Contains($"plan.json{TextPosition.Of(json, "true,")}: warning VPN606: alicloud_vpn_gateway.office: auto_pay is set on a pay-as-you-go gateway (payment_type POSTPAY): it has no effect; remove it, or use PREPAY", result.Output);
    }

    [TestMethod]
    public void ValueNotInTheConfiguration_IsTheProvidersDefault_ReportedOnTheResource()
    {
        var plan = new TerraformPlan().Resource("alicloud_ssl_vpn_server", "office", With(SslServer, "port", "443"), notWritten: ["port"]);

        var (result, json) = Check(plan);

        Assert.Contains($"plan.json{TextPosition.Of(json, "\"alicloud_ssl_vpn_server.office\"")}: error VPN301: alicloud_ssl_vpn_server.office: port 443 is reserved by the service", result.Output);
        Assert.Contains("; port is not in the configuration, so the provider sends its default, 443", result.Output);
    }

    [TestMethod]
    public void SslServer_ClientPool_IsJudged_WithItsReplacementLeftOut()
    {
        var plan = new TerraformPlan().Resource("alicloud_ssl_vpn_server", "office", With(SslServer, "client_ip_pool", "\"192.168.0.0/30\""));

        var (result, json) = Check(plan, "--format", "json");

        Assert.Contains("\"message\": \"alicloud_ssl_vpn_server.office: client_ip_pool 192.168.0.0/30 has prefix length /30", result.Output);
        Assert.Contains("\"path\": \"client_ip_pool\"", result.Output);
        Assert.Contains("\"resource\": \"alicloud_ssl_vpn_server.office\"", result.Output);
        Assert.DoesNotContain("\"replacement\"", result.Output, "a plan is not edited: a replacement would be the API's value, not the attribute's");
        Assert.Contains($"\"startLine\": {TextPosition.Of(json, "\"192.168.0.0/30\"").Split(',')[0].TrimStart('(')}", result.Output);
    }

    [TestMethod]
    public void IpsecServer_IkeConfigBlock_IsTheIkeConfigJson()
    {
        var plan = new TerraformPlan().Resource("alicloud_vpn_ipsec_server", "roaming", IpsecServer.Replace("\"ike_lifetime\": 86400", "\"ike_lifetime\": 90000", StringComparison.Ordinal));

        var (result, json) = Check(plan);

        Assert.Contains($"plan.json{TextPosition.Of(json, "90000")}: error VPN501: alicloud_vpn_ipsec_server.roaming: ike_config[0].ike_lifetime 90000 is outside 0 to 86400 seconds", result.Output);
    }

    [TestMethod]
    public void IpsecServer_EmptyIkeMembers_AreLeftOut_SoTheApisDefaultsApply()
    {
        var plan = new TerraformPlan().Resource("alicloud_vpn_ipsec_server", "roaming", IpsecServer.Replace("\"ike_auth_alg\": \"sha256\"", "\"ike_auth_alg\": \"\"", StringComparison.Ordinal));

        var (result, _) = Check(plan);

        Assert.Contains("warning VPN502: alicloud_vpn_ipsec_server.roaming: ike_config[0].ike_auth_alg sha1 is weak (the default, as the key is left out)", result.Output);
    }

    [TestMethod]
    public void IpsecServer_IpsecConfigValues_AreLostOnCreate_AsTheProviderSendsThem()
    {
        var plan = new TerraformPlan().Resource("alicloud_vpn_ipsec_server", "roaming",
            With(IpsecServer, "ipsec_config", """[{"ipsec_auth_alg": "sha256", "ipsec_enc_alg": "aes256", "ipsec_lifetime": 3600, "ipsec_pfs": "group14"}]"""));

        var (result, _) = Check(plan);

        Assert.Contains("warning VPN502: alicloud_vpn_ipsec_server.roaming: ipsec_config[0].ipsec_auth_alg sha1 is weak (the default, as the key is left out): use sha256 or stronger; alicloud_vpn_ipsec_server sends ipsec_config's values as null", result.Output);
        Assert.Contains("ipsec_config[0].ipsec_pfs group2 is weak", result.Output);
    }

    [TestMethod]
    public void IpsecServer_WithoutPskEnabled_SendsNone()
    {
        var plan = new TerraformPlan().Resource("alicloud_vpn_ipsec_server", "roaming", With(IpsecServer, "psk_enabled", "null"));

        var (result, _) = Check(plan);

        Assert.Contains("error VPN003: alicloud_vpn_ipsec_server.roaming: psk_enabled is missing: CreateIpsecServer requires it", result.Output);
    }

    [TestMethod]
    public void IpsecServer_DryRun_IsSentAsText()
    {
        var plan = new TerraformPlan().Resource("alicloud_vpn_ipsec_server", "roaming", With(IpsecServer, "dry_run", "true"));

        var (result, _) = Check(plan);

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.DoesNotContain("VPN004", result.Output);
    }

    [TestMethod]
    public void Psk_WrittenAsAConstant_IsClearText_AndMasked()
    {
        var plan = new TerraformPlan().Resource("alicloud_vpn_ipsec_server", "roaming", With(IpsecServer, "psk", "\"Quokka-Psk-1\""));

        var (result, _) = Check(plan, "--excerpt", "always");

        Assert.Contains("warning VPN407: alicloud_vpn_ipsec_server.roaming: psk is written in clear text", result.Output);
        Assert.DoesNotContain("Quokka", result.Output);
    }

    [TestMethod]
    public void Psk_FromAVariable_IsNotClearText()
    {
        var plan = new TerraformPlan().Resource("alicloud_vpn_ipsec_server", "roaming", With(IpsecServer, "psk", "\"Quokka-Psk-1\""),
            references: new Dictionary<string, string[]> { ["psk"] = ["var.ipsec_psk"] });

        var (result, _) = Check(plan);

        Assert.DoesNotContain("VPN407", result.Output);
    }

    [TestMethod]
    public void Psk_ComputedByTheProvider_IsNotSent()
    {
        var plan = new TerraformPlan().Resource("alicloud_vpn_ipsec_server", "roaming", IpsecServer, unknown: """{"psk": true}""", notWritten: ["psk"]);

        var (result, _) = Check(plan, "--format", "json");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.DoesNotContain("\"path\": \"psk\"", result.Output);
    }

    [TestMethod]
    public void HuaweiServer_BlockMembers_AreNamedWithTheirBlock()
    {
        var plan = new TerraformPlan().Resource("huaweicloud_vpn_server", "branch", HuaweiServer.Replace("\"port\": 443", "\"port\": 8443", StringComparison.Ordinal));

        var (result, json) = Check(plan);

        Assert.Contains($"plan.json{TextPosition.Of(json, "8443")}: error VPN302: huaweicloud_vpn_server.branch: ssl_options[0].port 8443 is not allowed: use 443, the default, or 1194", result.Output);
    }

    [TestMethod]
    public void HuaweiServer_WithoutSslOptions_SendsThemEmpty()
    {
        var plan = new TerraformPlan().Resource("huaweicloud_vpn_server", "branch", With(HuaweiServer, "ssl_options", "[]"));

        var (result, _) = Check(plan);

        Assert.AreEqual(0, result.ExitCode, result.ToString());
    }

    [TestMethod]
    public void HuaweiServer_WithoutServerCertificate_SendsNone()
    {
        var plan = new TerraformPlan().Resource("huaweicloud_vpn_server", "branch", With(HuaweiServer, "server_certificate", "[]"));

        var (result, _) = Check(plan);

        Assert.Contains("error VPN003: huaweicloud_vpn_server.branch: server_certificate is missing", result.Output);
    }

    [TestMethod]
    public void HuaweiServer_LocalSubnetItem_IsNamedWithItsIndex()
    {
        var plan = new TerraformPlan().Resource("huaweicloud_vpn_server", "branch", With(HuaweiServer, "local_subnets", """["10.20.0.0/16", "127.0.0.0/8"]"""));

        var (result, _) = Check(plan, "--format", "json");

        Assert.Contains("\"path\": \"local_subnets[1]\"", result.Output);
        Assert.Contains("VPN105", result.Output);
    }

    [TestMethod]
    public void SensitiveCertificateContent_IsMasked_AndItsMessageWithheld()
    {
        var plan = new TerraformPlan().Resource("huaweicloud_vpn_server", "branch",
            With(With(HuaweiServer, "client_auth_type", "\"CERT\""), "client_ca_certificates", """[{"content": "Zebra-not-a-certificate", "name": "ca"}]"""),
            sensitive: """{"client_ca_certificates": [{"content": true}]}""");

        var (result, _) = Check(plan, "--excerpt", "always");

        Assert.Contains("error VPN403: huaweicloud_vpn_server.branch: A client CA certificate is not a PEM certificate (client_ca_certificates[0].content is sensitive", result.Output);
        Assert.DoesNotContain("Zebra", result.Output);
    }

    [TestMethod]
    public void SensitiveValue_ShowsInNoMessage()
    {
        var plan = new TerraformPlan().Resource("alicloud_ssl_vpn_server", "office", With(SslServer, "local_subnet", "\"10.99.0.0/33\""), sensitive: """{"local_subnet": true}""");

        var (result, _) = Check(plan, "--excerpt", "always");

        Assert.Contains("error VPN100: alicloud_ssl_vpn_server.office: Not a valid IPv4 CIDR block (local_subnet[0] is sensitive", result.Output);
        Assert.DoesNotContain("10.99", result.Output);
    }

    [TestMethod]
    public void UnknownValue_IsNeverJudged_NorMissing()
    {
        var plan = new TerraformPlan().Resource("alicloud_ssl_vpn_server", "office", Without(Without(SslServer, "client_ip_pool"), "vpn_gateway_id"), unknown: """{"client_ip_pool": true, "vpn_gateway_id": true}""",
            references: new Dictionary<string, string[]> { ["client_ip_pool"] = ["alicloud_vpc.office.cidr_block"], ["vpn_gateway_id"] = ["alicloud_vpn_gateway.elsewhere.id"] });

        var (result, _) = Check(plan);

        Assert.AreEqual("0 errors, 0 warnings in 1 file", result.Output.Trim(), result.ToString());
    }

    [TestMethod]
    public void BlockWhereAValueBelongs_IsAWrongType()
    {
        var plan = new TerraformPlan().Resource("alicloud_ssl_vpn_server", "office", With(SslServer, "client_ip_pool", """{"cidr": "192.168.0.0/24"}"""));

        var (result, _) = Check(plan);

        Assert.Contains("error VPN004: alicloud_ssl_vpn_server.office: client_ip_pool must be a string, not an object", result.Output);
    }

    private static (CommandResult Result, string Json) Check(TerraformPlan plan, params string[] options)
    {
        using var folder = new TempFolder();
        var json = plan.Json();
        folder.Write("plan.json", json);
        return (folder.Run(["check", "plan.json", .. options]), json);
    }
}
