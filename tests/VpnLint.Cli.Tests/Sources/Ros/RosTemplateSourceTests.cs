using VpnLint.Cli.Tests.Support;

namespace VpnLint.Cli.Tests.Sources.Ros;

/// <summary>Each ROS resource is the request its creation sends, with its Refs followed as far as the template holds them.</summary>
[TestClass]
public sealed class RosTemplateSourceTests
{
    private const string Gateway = """
          Gateway:
            Type: ALIYUN::VPC::VpnGateway
            Properties:
              VpcId: vpc-bp1ub1yt9cvakoelj0001
              Bandwidth: 10
              EnableSsl: true
              SslConnections: 100
              Description: not a parameter of CreateVpnGateway, and not sent with it
              Tags: [{Key: team, Value: network}]
        """;

    [TestMethod]
    public void Property_IsJudgedAsItsParameter_AtItsValue()
    {
        var result = Check(Gateway.Replace("Bandwidth: 10", "Bandwidth: 5", StringComparison.Ordinal), out var template);

        Assert.Contains($"template.yaml{TextPosition.Of(template, "5\n")}: error VPN600: Gateway: Bandwidth 5 is not allowed for a public gateway", result.Output);
        Assert.DoesNotContain("VPN005", result.Output, "Description and Tags are ROS's, applied through other APIs");
    }

    [TestMethod]
    public void IpsecServerName_IsNamedAsTheTemplateWritesIt()
    {
        var result = Check($$"""
              Server:
                Type: ALIYUN::VPC::IpsecServer
                Properties:
                  VpnGatewayId: vpn-bp1hgim8by0kc9nga0001
                  ClientIpPool: 10.30.0.0/24
                  LocalSubnet: 172.16.0.0/16
                  PskEnabled: true
                  IpsecServerName: {{new string('n', 101)}}
            """, out _);

        Assert.Contains("error VPN010: Server: IpsecServerName \"nnnn", result.Output);
    }

    [TestMethod]
    public void ServerOnAGateway_ByRef_SeesItsSslConnections()
    {
        var result = Check(Gateway + """

              Server:
                Type: ALIYUN::VPC::SslVpnServer
                Properties:
                  VpnGatewayId: {Ref: Gateway}
                  ClientIpPool: 192.168.0.0/24
                  LocalSubnet: 172.16.0.0/16
            """, out _);

        Assert.Contains("error VPN200: Server: ClientIpPool 192.168.0.0/24 has 256 addresses; the gateway's SslConnections 100 needs at least 400", result.Output);
    }

    [TestMethod]
    public void ServerOnAGateway_ByGetAtt_SeesWhetherItHasSsl()
    {
        var result = Check(Gateway.Replace("EnableSsl: true", "EnableSsl: false", StringComparison.Ordinal).Replace("      SslConnections: 100\n", string.Empty, StringComparison.Ordinal) + """

              Server:
                Type: ALIYUN::VPC::IpsecServer
                Properties:
                  VpnGatewayId: {"Fn::GetAtt": [Gateway, VpnGatewayId]}
                  ClientIpPool: 10.30.0.0/24
                  LocalSubnet: 172.16.0.0/16
                  PskEnabled: true
            """, out _);

        Assert.Contains("error VPN700: Server: CreateIpsecServer needs SSL-VPN on its gateway", result.Output);
    }

    [TestMethod]
    public void RefToAParameter_IsItsDefault_SaidSo()
    {
        var result = Check("""
              Server:
                Type: ALIYUN::VPC::SslVpnServer
                Properties:
                  VpnGatewayId: vpn-bp1hgim8by0kc9nga0001
                  ClientIpPool: {Ref: Pool}
                  LocalSubnet: 172.16.0.0/16
            """, out var template, parameters: "  Pool:\n    Type: String\n    Default: 192.168.0.0/30\n");

        Assert.Contains($"template.yaml{TextPosition.Of(template, "192.168.0.0/30")}: error VPN102: Server: ClientIpPool 192.168.0.0/30 has prefix length /30", result.Output);
        Assert.Contains("; the value is the default of the parameter Pool", result.Output);
    }

    [TestMethod]
    public void ValuesTheTemplateDoesNotHold_AreNeverJudged_NorMissing()
    {
        var result = Check("""
              Server:
                Type: ALIYUN::VPC::SslVpnServer
                Properties:
                  VpnGatewayId: {Ref: OtherStack}
                  ClientIpPool: {Ref: Pool}
                  LocalSubnet: {"Fn::Join": [",", [10.0.0.0/33, 10.1.0.0/16]]}
                  Port: {Ref: ALIYUN::NoValue}
            """, out _, parameters: "  Pool:\n    Type: String\n");

        Assert.AreEqual("0 errors, 0 warnings in 1 file", result.Output.Trim(), result.ToString());
    }

    [TestMethod]
    public void NoEchoParameter_IsSecret_InExcerptsAndMessages()
    {
        var result = Check("""
              Server:
                Type: ALIYUN::VPC::IpsecServer
                Properties:
                  VpnGatewayId: vpn-bp1hgim8by0kc9nga0001
                  ClientIpPool: {Ref: Pool}
                  LocalSubnet: 172.16.0.0/16
                  PskEnabled: true
            """, out _, parameters: "  Pool:\n    Type: String\n    NoEcho: true\n    Default: 10.99.0.0/33\n", "--excerpt", "always");

        Assert.Contains("error VPN100: Server: Not a valid IPv4 CIDR block (ClientIpPool is sensitive", result.Output);
        Assert.DoesNotContain("10.99", result.Output);
    }

    [TestMethod]
    public void MetadataDisable_SilencesARuleOnTheResource()
    {
        var result = Check(Gateway.Replace("    Properties:", "    Metadata:\n      x-vpnlint-disable: [VPN600]\n    Properties:", StringComparison.Ordinal).Replace("Bandwidth: 10", "Bandwidth: 5", StringComparison.Ordinal), out _);

        Assert.DoesNotContain("VPN600", result.Output);
        Assert.Contains("1 finding suppressed", result.Output);
    }

    [TestMethod]
    public void DisableComment_SilencesARuleOnItsLine()
    {
        var result = Check(Gateway.Replace("Bandwidth: 10", "Bandwidth: 5 # vpnlint-disable-line VPN600 -- a legacy gateway", StringComparison.Ordinal), out _);

        Assert.DoesNotContain("VPN600", result.Output);
        Assert.Contains("1 finding suppressed", result.Output);
    }

    [TestMethod]
    public void Replacement_IsKept_ForATemplateHoldsTheApisValues()
    {
        using var folder = new TempFolder();
        folder.Write("template.json", """
            {"ROSTemplateFormatVersion": "2015-09-01", "Resources": {"Server": {"Type": "ALIYUN::VPC::SslVpnServer",
              "Properties": {"VpnGatewayId": "vpn-1", "ClientIpPool": "192.168.0.1/24", "LocalSubnet": "172.16.0.0/16"}}}}
            """);

        var result = folder.Run("check", "template.json", "--format", "json");

        Assert.Contains("\"replacement\": \"192.168.0.0/24\"", result.Output);
        Assert.Contains("\"resource\": \"Server\"", result.Output);
    }

    [TestMethod]
    [DataRow("ROSTemplateFormatVersion: '2016-01-01'\nResources: {}\n", "ROSTemplateFormatVersion must be '2015-09-01'")]
    [DataRow("ROSTemplateFormatVersion: '2015-09-01'\nResources: [a]\n", "a ROS template's Resources is a mapping")]
    [DataRow("ROSTemplateFormatVersion: '2015-09-01'\nResources:\n  Server:\n    Properties: {}\n", "the resource Server has no Type")]
    [DataRow("ROSTemplateFormatVersion: '2015-09-01'\nResources:\n  Server:\n    Type: ALIYUN::VPC::SslVpnServer\n    Properties: [a]\n", "the Properties of Server must be a mapping")]
    public void TemplateNotShapedAsRosReadsIt_IsVpn002(string template, string problem)
    {
        using var folder = new TempFolder();
        folder.Write("template.yaml", template);

        var result = folder.Run("check", "template.yaml");

        Assert.Contains("error VPN002: The request's API cannot be determined: " + problem, result.Output);
    }

    [TestMethod]
    public void ResourcesOfOtherTypes_AreCountedAsNotChecked()
    {
        var result = Check("  Vpc:\n    Type: ALIYUN::ECS::VPC\n    Properties:\n      CidrBlock: 172.16.0.0/12\n", out _);

        Assert.AreEqual("0 errors, 0 warnings in 1 file (1 resource of other types not checked)", result.Output.Trim(), result.ToString());
    }

    private static CommandResult Check(string resources, out string template, string? parameters = null, params string[] options)
    {
        template = "ROSTemplateFormatVersion: '2015-09-01'\n" + (parameters is null ? string.Empty : "Parameters:\n" + parameters) + "Resources:\n" + resources.TrimEnd() + "\n";
        using var folder = new TempFolder();
        folder.Write("template.yaml", template);
        return folder.Run(["check", "template.yaml", .. options]);
    }
}
