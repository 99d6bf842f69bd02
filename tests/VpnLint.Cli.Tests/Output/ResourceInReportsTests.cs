using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using VpnLint.Cli.Tests.Sources.Terraform;
using VpnLint.Cli.Tests.Support;

namespace VpnLint.Cli.Tests.Output;

/// <summary>
/// The CI reports name a plan's or template's resource as the JSON and SARIF reports do: in the message, and where
/// the format keys a finding (GitHub's title, GitLab's fingerprint, JUnit's test name), so that two resources'
/// findings of one rule on one line of a plan stay two.
/// </summary>
[TestClass]
public sealed class ResourceInReportsTests
{
    private const string East = "alicloud_ssl_vpn_server.east";
    private const string West = "alicloud_ssl_vpn_server.west";

    [TestMethod]
    public void GitHub_TitlesTheAnnotationWithTheResource()
    {
        var lines = Check("github").OutputLines;

        Assert.StartsWith($"::error file=plan.json,line=1,endLine=1,col=", lines[0]);
        Assert.Contains($",title=VPN301 ({East})::{East}: port 22 is reserved by the service", lines[0]);
        Assert.Contains($",title=VPN301 ({West})::{West}: port 22", lines[1]);
    }

    [TestMethod]
    public void GitLab_GivesEachResourceItsOwnFingerprint_AndDescription()
    {
        using var issues = JsonDocument.Parse(Check("gitlab").Output);

        var found = issues.RootElement.EnumerateArray().ToList();
        Assert.HasCount(2, found);
        Assert.StartsWith($"{East}: port 22", found[0].GetProperty("description").GetString());
        Assert.StartsWith($"{West}: port 22", found[1].GetProperty("description").GetString());
        Assert.AreNotEqual(found[0].GetProperty("fingerprint").GetString(), found[1].GetProperty("fingerprint").GetString());
    }

    [TestMethod]
    public void JUnit_NamesEachCaseByTheResourcesPath()
    {
        var cases = XDocument.Parse(Check("junit").Output).Descendants("testcase").Select(testCase => (string)testCase.Attribute("name")!).ToList();

        Assert.HasCount(2, cases, string.Join("\n", cases));
        Assert.StartsWith($"VPN301 {East}.port (1,", cases[0]);
        Assert.StartsWith($"VPN301 {West}.port (1,", cases[1]);
    }

    [TestMethod]
    public void Checkstyle_MessageNamesTheResource()
    {
        var errors = XDocument.Parse(Check("checkstyle").Output).Descendants("error").Select(error => (string)error.Attribute("message")!).ToList();

        Assert.HasCount(2, errors);
        Assert.StartsWith($"{East}: port 22", errors[0]);
        Assert.StartsWith($"{West}: port 22", errors[1]);
    }

    [TestMethod]
    public void RosTemplate_NamesItsLogicalId_InTheTitle()
    {
        using var folder = new TempFolder();
        folder.Write("stack.yaml", "ROSTemplateFormatVersion: '2015-09-01'\nResources:\n  Office:\n    Type: ALIYUN::VPC::SslVpnServer\n    Properties:\n      VpnGatewayId: vpn-1\n      ClientIpPool: 192.168.0.0/24\n      LocalSubnet: 10.0.0.0/8\n      Port: 22\n      Compress: false\n");

        var line = folder.Run("check", "stack.yaml", "--format", "github").OutputLines[0];

        Assert.StartsWith("::error file=stack.yaml,line=9,endLine=9,col=13,endColumn=14,title=VPN301 (Office)::Office: Port 22", line);
    }

    /// <summary>A plan on one line, as terraform show -json writes it, of two servers with the same mistake.</summary>
    private static CommandResult Check(string format)
    {
        using var folder = new TempFolder();
        var east = TerraformResources.With(TerraformResources.SslServer, "port", "22");
        var west = TerraformResources.With(TerraformResources.With(east, "vpn_gateway_id", "\"vpn-bp1hgim8by0kc9nga0002\""), "client_ip_pool", "\"192.168.1.0/24\"");
        var plan = new TerraformPlan().Resource("alicloud_ssl_vpn_server", "east", east).Resource("alicloud_ssl_vpn_server", "west", west).Json();
        folder.Write("plan.json", JsonNode.Parse(plan)!.ToJsonString());
        return folder.Run("check", "plan.json", "--format", format);
    }
}
