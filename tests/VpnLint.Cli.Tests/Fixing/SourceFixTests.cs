using VpnLint.Cli.Tests.Sources.Terraform;
using VpnLint.Cli.Tests.Support;

namespace VpnLint.Cli.Tests.Fixing;

/// <summary>
/// <c>--fix</c> on the sources other than request files: a ROS template is fixed in place where the value is the
/// resource's own, and a parameter's default is left to the user; a Terraform plan, which terraform writes, is never
/// written, and each fix is said with where it belongs, the .tf configuration.
/// </summary>
[TestClass]
public sealed class SourceFixTests
{
    private const string Template = """
        ROSTemplateFormatVersion: '2015-09-01'
        Parameters:
          Pool:
            Type: String
            Default: 192.168.0.1/24
        Resources:
          OfficeSslServer:
            Type: ALIYUN::VPC::SslVpnServer
            Properties:
              VpnGatewayId: vpn-bp1hgim8by0kc9nga0001
              ClientIpPool:
                Ref: Pool
              LocalSubnet: '10.0.0.1/8'   # the office
              Proto: udp
              Port: 1194
              Compress: false

        """;

    [TestMethod]
    [DataRow(false)]
    [DataRow(true)]
    public void RosTemplate_IsFixedOnItsResourcesOwnValues_AndAParametersDefaultIsLeftWithWhy(bool dryRun)
    {
        using var folder = new TempFolder();
        folder.Write("stack.yaml", Template);
        string[] args = dryRun ? ["check", "stack.yaml", "--fix", "--dry-run"] : ["check", "stack.yaml", "--fix"];

        var result = folder.Run(args);

        var fixedTemplate = Template.Replace("'10.0.0.1/8'", "'10.0.0.0/8'", StringComparison.Ordinal).Replace("Proto: udp", "Proto: UDP", StringComparison.Ordinal);
        Assert.AreEqual(dryRun ? Template : fixedTemplate, folder.Read("stack.yaml"));
        Assert.Contains("vpnlint: note: stack.yaml(5,14): VPN101 not fixed: the value is the default of the parameter Pool, which other resources may share, a stack may override and its AllowedValues may not hold the fix; change it by hand", result.Error);
        Assert.Contains(dryRun ? "would fix 2 findings in 1 file, leaving 1 finding" : "fixed 2 findings in 1 file; 1 finding left", result.Error);
        if (dryRun)
        {
            Assert.Contains("-      LocalSubnet: '10.0.0.1/8'   # the office\n-      Proto: udp\n+      LocalSubnet: '10.0.0.0/8'   # the office\n+      Proto: UDP\n", result.Output);
        }
        else
        {
            Assert.StartsWith("stack.yaml(5,14): warning VPN101: OfficeSslServer: ClientIpPool 192.168.0.1/24 has host bits set", result.Output, "The second check reports what is left.");
        }
    }

    [TestMethod]
    [DataRow(false)]
    [DataRow(true)]
    public void TerraformPlan_IsNeverWritten_EachFixIsSaidForTheConfiguration(bool dryRun)
    {
        using var folder = new TempFolder();
        var plan = new TerraformPlan()
            .Resource("alicloud_ssl_vpn_server", "office", TerraformResources.With(TerraformResources.SslServer, "local_subnet", "\"10.0.0.1/8\""))
            .Json();
        folder.Write("plan.json", plan);
        string[] args = dryRun ? ["check", "plan.json", "--fix", "--dry-run"] : ["check", "plan.json", "--fix"];

        var result = folder.Run(args);

        Assert.AreEqual(plan, folder.Read("plan.json"));
        StringAssert.Matches(result.Error, new System.Text.RegularExpressions.Regex(
            @"vpnlint: note: plan\.json\(\d+,\d+\): VPN101 not fixed: a plan is what terraform writes from the configuration, so VpnLint writes nothing to it: set local_subnet\[0\] of alicloud_ssl_vpn_server\.office to 10\.0\.0\.0/8 in its \.tf configuration, then plan again\n"));
        Assert.Contains(dryRun ? "would fix 0 findings in 0 files, leaving 1 finding" : "fixed 0 findings in 0 files; 1 finding left", result.Error);
        Assert.DoesNotContain("@@", result.Output, "No diff: nothing of the plan changes.");
    }

    [TestMethod]
    public void TerraformPlan_InTheJsonReport_CarriesNoReplacement()
    {
        using var folder = new TempFolder();
        folder.Write("plan.json", new TerraformPlan()
            .Resource("alicloud_ssl_vpn_server", "office", TerraformResources.With(TerraformResources.SslServer, "local_subnet", "\"10.0.0.1/8\""))
            .Json());

        var result = folder.Run("check", "plan.json", "--format", "json");

        Assert.Contains("\"rule\": \"VPN101\"", result.Output);
        Assert.DoesNotContain("\"replacement\"", result.Output, "A replacement in a report is a fix for its file; a plan takes none.");
    }
}
