using VpnLint.Cli.Tests.Sources.Terraform;
using VpnLint.Cli.Tests.Support;

namespace VpnLint.Cli.Tests.Checking;

/// <summary>
/// A folder as one bundle (<c>bundle: folder</c>, <c>--bundle-folder</c>): a server in one file is judged against the
/// gateway in another; without it, the split is said once per folder, with the setting that joins the files. ROS
/// templates join their folder's bundle; a Terraform plan, already a whole configuration, never does.
/// </summary>
[TestClass]
public sealed class FolderBundleTests
{
    private const string Gateway = "Action: CreateVpnGateway\nRegionId: cn-hangzhou\nVpcId: vpc-bp1ub1yt9cvakoelj0011\nBandwidth: 10\nEnableSsl: false\n";

    [TestMethod]
    public void ServerAndGatewayInTwoFiles_AreJudgedApart_AndTheSplitIsSaidOnce()
    {
        using var folder = Folder();
        folder.Write("infra/ipsec.yaml", IpsecServer);

        var result = folder.Run("check", "infra");

        Assert.StartsWith("0 errors, 0 warnings in 3 files", result.Output);
        Assert.AreEqual("vpnlint: note: infra/ipsec.yaml holds a CreateIpsecServer checked without its gateway, while infra/gw.yaml in the same folder creates one; to check the folder's files together (VPN200 with the gateway's SslConnections, VPN700 to VPN702), set bundle: folder in vpnlint.yaml or pass --bundle-folder\n", result.Error, "Said once for the folder, though two of its files hold servers.");
        Assert.AreEqual(0, result.ExitCode);
    }

    [TestMethod]
    public void ServerNamedAlone_WithItsGatewayInAFileBeside_IsHinted()
    {
        using var folder = Folder();

        var result = folder.Run("check", "infra/ssl.yaml");

        Assert.AreEqual("vpnlint: note: infra/ssl.yaml holds a CreateSslVpnServer checked without its gateway, while infra/gw.yaml in the same folder creates one; to check the folder's files together (VPN200 with the gateway's SslConnections, VPN700 to VPN702), set bundle: folder in vpnlint.yaml or pass --bundle-folder\n", result.Error);
    }

    [TestMethod]
    [DataRow("flag")]
    [DataRow("configuration")]
    public void FolderAsABundle_JudgesTheServerAgainstTheGatewayOfAnotherFile_NamingIt(string how)
    {
        using var folder = Folder();
        string[] args = how == "flag" ? ["check", "infra", "--bundle-folder"] : ["check", "infra"];
        if (how == "configuration")
        {
            folder.Write("infra/vpnlint.yaml", "bundle: folder\n");
        }

        var result = folder.Run(args);

        Assert.AreEqual(
            "infra/ssl.yaml(3,15): error VPN700: CreateSslVpnServer needs SSL-VPN on its gateway, but the gateway at line 1 of infra/gw.yaml has EnableSsl false: set EnableSsl to true on the gateway [VpnGateway.SslVpnDisabled]\n1 error, 0 warnings in 2 files\n",
            result.Output);
        Assert.AreEqual(string.Empty, result.Error, "No hint when the folder is one bundle.");
        Assert.AreEqual(1, result.ExitCode);
    }

    [TestMethod]
    public void FolderBundle_SizesTheServerByTheGatewayInAnotherFile_AndKeepsEachFilesSuppressions()
    {
        using var folder = new TempFolder();
        folder.Write("gw.yaml", Gateway.Replace("EnableSsl: false", "EnableSsl: true\nSslConnections: 100", StringComparison.Ordinal));
        folder.Write("ssl.yaml", SslServer.Replace("192.168.0.0/24", "192.168.0.0/25", StringComparison.Ordinal));
        folder.Write("other/ssl.yaml", SslServer.Replace("192.168.0.0/24", "192.168.1.0/28", StringComparison.Ordinal) + "# vpnlint-disable-file VPN200\n");

        var result = folder.Run("check", ".", "--bundle-folder");

        Assert.StartsWith("ssl.yaml(4,15): error VPN200: ClientIpPool 192.168.0.0/25 has 128 addresses; the gateway's SslConnections 100 needs at least 400 (4 × 100): use a /23 or larger", result.Output);
        Assert.HasCount(2, result.OutputLines, "other/ is a bundle of its own, with no gateway: its server is judged against the smallest limit, which its comment silences.\n" + result);
        Assert.Contains("(1 finding suppressed)", result.Output);
    }

    [TestMethod]
    public void StandardInput_JoinsTheFolderOfTheNameItIsGiven_InPlaceOfThatFile_AndWithoutOneIsABundleOfItsOwn()
    {
        using var folder = Folder();

        var named = Vpnlint.RunWithInput(folder.Path, SslServer, "check", "-", "--stdin-filename", "infra/ssl.yaml", "--bundle-folder");
        var anonymous = Vpnlint.RunWithInput(folder.Path, SslServer, "check", "-", "--bundle-folder");

        Assert.AreEqual(
            "infra/ssl.yaml(3,15): error VPN700: CreateSslVpnServer needs SSL-VPN on its gateway, but the gateway at line 1 of infra/gw.yaml has EnableSsl false: set EnableSsl to true on the gateway [VpnGateway.SslVpnDisabled]\n1 error, 0 warnings in 1 file\n",
            named.Output,
            "An editor's unsaved buffer is judged with the files beside it, and replaces the saved infra/ssl.yaml (no VPN701 against it).");
        Assert.DoesNotContain("VPN700", anonymous.Output);
    }

    [TestMethod]
    public void FileNamedAlone_IsJudgedWithTheRestOfItsFolder_WhoseFindingsAreNotReported()
    {
        using var folder = Folder();
        folder.Write("infra/vpnlint.yaml", "bundle: folder\n");
        folder.Write("infra/gw.yaml", Gateway + "Bandwith: 10\n");

        var result = folder.Run("check", "infra/ssl.yaml");

        Assert.AreEqual(
            "infra/ssl.yaml(3,15): error VPN700: CreateSslVpnServer needs SSL-VPN on its gateway, but the gateway at line 1 of infra/gw.yaml has EnableSsl false: set EnableSsl to true on the gateway [VpnGateway.SslVpnDisabled]\n1 error, 0 warnings in 1 file\n",
            result.Output,
            "A pre-commit hook names the changed file: its gateway is still found; gw.yaml's own mistake (Bandwith) is not this run's.");
        Assert.AreEqual(string.Empty, result.Error);
    }

    [TestMethod]
    public void FileBesideThatDoesNotRead_IsLeftOutOfTheBundle_AndSaid()
    {
        using var folder = Folder();
        folder.Write("infra/broken.yaml", "Action: CreateVpnGateway\nVpcId: [\n");

        var result = folder.Run("check", "infra/ssl.yaml", "--bundle-folder");

        Assert.StartsWith("infra/ssl.yaml(3,15): error VPN700:", result.Output);
        Assert.Contains("vpnlint: note: infra/broken.yaml: VPN001 at (", result.Error);
        Assert.Contains("; left out of the bundle of its folder, which the files checked are in: check it to see what is wrong\n", result.Error);
    }

    [TestMethod]
    [DataRow("bundle: folders\n", "infra/vpnlint.yaml(1,9): bundle must be file (each file is its own bundle, the default) or folder (the files of a folder are one bundle)")]
    [DataRow("bundel: folder\n", "infra/vpnlint.yaml(1,1): unknown setting bundel (did you mean bundle?); the settings are rules, context, include, exclude, ignore, failLevel, maxFileSize and bundle")]
    public void BundleSetting_Mistaken_IsAnErrorAtItsPlace(string configuration, string error)
    {
        using var folder = Folder();
        folder.Write("infra/vpnlint.yaml", configuration);

        var result = folder.Run("check", "infra");

        Assert.AreEqual(2, result.ExitCode);
        Assert.Contains("vpnlint: error: " + error, result.Error);
    }

    [TestMethod]
    public void RosTemplate_JoinsTheFolder_ItsServerOnAGatewayItTakesAsAParameterIsJudgedAgainstTheFoldersGateway()
    {
        using var folder = Folder(withServer: false);
        folder.Write("infra/stack.yaml", RosServers("GatewayId:\n    Type: String\n", "192.168.0.0/24"));

        var apart = folder.Run("check", "infra");
        var joined = folder.Run("check", "infra", "--bundle-folder");

        Assert.Contains("infra/stack.yaml holds a CreateSslVpnServer checked without its gateway, while infra/gw.yaml in the same folder creates one", apart.Error);
        Assert.AreEqual(
            "infra/stack.yaml(10,9): error VPN700: OfficeSslServer: CreateSslVpnServer needs SSL-VPN on its gateway, but the gateway at line 1 of infra/gw.yaml has EnableSsl false: set EnableSsl to true on the gateway [VpnGateway.SslVpnDisabled]\n1 error, 0 warnings in 2 files\n",
            joined.Output);
    }

    [TestMethod]
    public void RosTemplates_OfOneFolder_AreOneBundle_ASecondServerOnTheirGatewayIsFound()
    {
        using var folder = new TempFolder();
        var parameter = "GatewayId:\n    Type: String\n    Default: vpn-bp1hgim8by0kc9nga0001\n";
        folder.Write("stacks/east.yaml", RosServers(parameter, "192.168.0.0/24"));
        folder.Write("stacks/west.yaml", RosServers(parameter, "192.168.1.0/24"));

        var apart = folder.Run("check", "stacks");
        var joined = folder.Run("check", "stacks", "--bundle-folder");

        Assert.StartsWith("0 errors, 0 warnings in 2 files", apart.Output);
        Assert.AreEqual(string.Empty, apart.Error, "No gateway in the folder: nothing to join the servers to.");
        Assert.StartsWith(
            "stacks/west.yaml(5,14): error VPN701: OfficeSslServer: This is a second SSL server on its gateway (vpn-bp1hgim8by0kc9nga0001; the first is at line 10 of stacks/east.yaml)",
            joined.Output);
    }

    [TestMethod]
    public void TerraformPlan_NeverJoinsItsFolder_AndDrawsNoHint()
    {
        using var folder = Folder(withServer: false);
        var plan = new TerraformPlan().Resource("alicloud_ssl_vpn_server", "office", TerraformResources.SslServer).Json();
        folder.Write("infra/staging.json", plan);
        folder.Write("infra/production.json", plan);

        var apart = folder.Run("check", "infra");
        var joined = folder.Run("check", "infra", "--bundle-folder");

        Assert.AreEqual(string.Empty, apart.Error, "Joining would not judge a plan with the gateway: no setting to suggest.");
        Assert.StartsWith("0 errors, 0 warnings in 3 files", joined.Output, "Neither VPN700 against gw.yaml's gateway nor VPN701 for the same server in two plans.\n" + joined);
    }

    [TestMethod]
    public void FolderBundle_InJson_LocatesEachFindingInItsOwnFile()
    {
        using var folder = Folder();
        folder.Write("infra/vpnlint.yaml", "bundle: folder\n");

        var result = folder.Run("check", "infra", "--format", "json");

        StringAssert.Contains(result.Output, "\"file\": \"infra/ssl.yaml\"");
        Assert.DoesNotContain("\"file\": \"infra/gw.yaml\"", result.Output);
    }

    /// <summary>infra/gw.yaml, a gateway without SSL-VPN, and infra/ssl.yaml, an SSL server.</summary>
    private static TempFolder Folder(bool withServer = true)
    {
        var folder = new TempFolder();
        folder.Write("infra/gw.yaml", Gateway);
        if (withServer)
        {
            folder.Write("infra/ssl.yaml", SslServer);
        }

        return folder;
    }

    private static string SslServer => SampleRequests.SslServerYaml;

    private static string IpsecServer => "Action: CreateIpsecServer\nRegionId: cn-hangzhou\nVpnGatewayId: vpn-1\nLocalSubnet: 192.168.0.0/24\nClientIpPool: 10.0.0.0/24\nPskEnabled: true\n# vpnlint-disable-file VPN502\n";

    /// <summary>A ROS template of one SSL server on the gateway its parameter GatewayId names.</summary>
    private static string RosServers(string parameter, string pool) =>
        "ROSTemplateFormatVersion: '2015-09-01'\nParameters:\n  " + parameter +
        "Resources:\n  OfficeSslServer:\n    Type: ALIYUN::VPC::SslVpnServer\n    Properties:\n      VpnGatewayId:\n        Ref: GatewayId\n" +
        $"      ClientIpPool: {pool}\n      LocalSubnet: 10.0.0.0/8\n      Port: 1194\n      Compress: false\n";
}
