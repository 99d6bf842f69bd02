using VpnLint.Cli.Output;
using VpnLint.Cli.Tests.Support;

namespace VpnLint.Cli.Tests.Output;

/// <summary>A pre-shared key or a certificate body appears in no output: no format, excerpt, report file or baseline.</summary>
[TestClass]
public sealed class SecretTests
{
    private const string Psk = "Zebra-Quokka-7731-Psk";
    private const string CertificateBody = "MIIQuokkaZebraCertificateBody";

    private static readonly string[] Secrets = [Psk, CertificateBody, "Zebra", "Quokka"];

    public static IEnumerable<object[]> Formats => ReportWriters.All.Keys.Select(format => new object[] { format.ToString().ToLowerInvariant() });

    [TestMethod]
    [DynamicData(nameof(Formats))]
    public void NoFormat_RevealsASecret(string format)
    {
        using var folder = WriteSecrets();

        var toStandardOutput = folder.Run("check", ".", "--format", format, "--excerpt", "always");
        var toFile = folder.Run("check", ".", "--format", format, "--output", "report.out", "--write-baseline", "baseline.json");

        Assert.AreEqual(1, toStandardOutput.ExitCode, toStandardOutput.ToString());
        Assert.Contains("VPN407", toStandardOutput.Output);
        Assert.Contains("VPN403", toStandardOutput.Output);
        foreach (var secret in Secrets)
        {
            Assert.DoesNotContain(secret, toStandardOutput.Output + toStandardOutput.Error, format);
            Assert.DoesNotContain(secret, toFile.Output + toFile.Error + folder.Read("report.out") + folder.Read("baseline.json"), format);
        }
    }

    [TestMethod]
    public void Excerpt_MasksTheSecretButShowsTheLine()
    {
        using var folder = WriteSecrets();

        var result = folder.Run("check", "ipsec.yaml", "--excerpt", "always");

        Assert.Contains(" | Psk: *********************", result.Output);
    }

    [TestMethod]
    public void MalformedFileWithASecret_ShowsNoExcerpt()
    {
        using var folder = new TempFolder();
        folder.Write("broken.yaml", $"Action: CreateIpsecServer\nPsk: '{Psk}\nRegionId: cn-hangzhou\n");

        var result = folder.Run("check", "broken.yaml", "--excerpt", "always");

        Assert.Contains("error VPN001", result.Output);
        Assert.DoesNotContain(Psk, result.Output + result.Error);
    }

    [TestMethod]
    [DataRow("text")]
    [DataRow("json")]
    [DataRow("sarif")]
    public void MalformedJson_UnquotedSecret_IsNotEchoed(string format)
    {
        using var folder = new TempFolder();
        folder.Write("broken.json", $"{{\"Action\": \"CreateIpsecServer\",\n\"Psk\": f{Psk}}}\n");

        var result = folder.Run("check", "broken.json", "--format", format, "--excerpt", "always");

        Assert.Contains("VPN001", result.Output, result.ToString());
        Assert.DoesNotContain(Psk, result.Output + result.Error, format);
    }

    [TestMethod]
    [DataRow("Psk: !{0}\n")]
    [DataRow("Psk: &{0} x\n")]
    [DataRow("Psk: !{0}\nName: x\n")]
    public void SecretWrittenAsAnAnchorOrTag_IsMaskedOnItsLine(string secretLine)
    {
        using var folder = new TempFolder();
        folder.Write("ipsec.yaml", "Action: CreateIpsecServer\nRegionId: cn-hangzhou\nVpnGatewayId: vpn-1\nLocalSubnet: 10.0.0.0/24\nClientIpPool: 10.1.0.0/24\nPskEnabled: true\n" + string.Format(System.Globalization.CultureInfo.InvariantCulture, secretLine, Psk));

        var result = folder.Run("check", "ipsec.yaml", "--excerpt", "always");

        Assert.MatchesRegex(@"ipsec\.yaml\(7,6\): (error|warning) VPN40[67]", result.Output, result.ToString());
        Assert.DoesNotContain(Psk, result.Output + result.Error);
    }

    [TestMethod]
    [DataRow("text")]
    [DataRow("json")]
    [DataRow("sarif")]
    public void SecretUnderAnotherSpellingOrInsideJson_IsNotShown(string format)
    {
        using var folder = new TempFolder();
        const string Ipsec = "Action: CreateIpsecServer\nRegionId: cn-hangzhou\nVpnGatewayId: vpn-1\nLocalSubnet: 10.0.0.0/24\nClientIpPool: 10.1.0.0/24\nPskEnabled: true\n";
        folder.Write("lower.yaml", Ipsec + $"psk: {Psk}\n");
        folder.Write("misspelt.yaml", Ipsec + $"Pks: {Psk}\npre_shared_key: {Psk}\n");
        folder.Write("ike.yaml", Ipsec + $"IkeConfig: '{{\"IkeVersion\":\"ikev2\",\"Psk\":\"{Psk}\"}}'\n");
        folder.Write("escaped.json", $"{{\"Action\": \"CreateIpsecServer\",\n\"P\\u0073k\": \"{Psk}\", \"Bad\": }}\n");
        folder.Write("key.yaml", $"vpn_server:\n  server_certificate: {{id: scs1, private_key: \"-----BEGIN PRIVATE KEY-----{CertificateBody}\"}}\n");

        var result = folder.Run("check", ".", "--format", format, "--excerpt", "always");

        Assert.Contains("VPN005", result.Output, result.ToString());
        Assert.Contains("VPN001", result.Output);
        foreach (var secret in Secrets)
        {
            Assert.DoesNotContain(secret, result.Output + result.Error, format);
        }
    }

    [TestMethod]
    public void SecretGivenThroughAnAlias_IsMaskedAtItsAnchor()
    {
        using var folder = new TempFolder();
        folder.Write("ipsec.yaml", $"Action: CreateIpsecServer\nRegionId: cn-hangzhou\nVpnGatewayId: vpn-1\nLocalSubnet: 10.0.0.0/24\nClientIpPool: 10.1.0.0/24\nPskEnabled: true\nx-key: &k {Psk}\nPsk: *k\n");

        var result = folder.Run("check", "ipsec.yaml", "--excerpt", "always");

        Assert.Contains("ipsec.yaml(7,1): warning VPN005", result.Output, result.ToString());
        Assert.Contains("ipsec.yaml(8,6): warning VPN407", result.Output);
        Assert.DoesNotContain(Psk, result.Output + result.Error);
    }

    [TestMethod]
    [DataRow("text")]
    [DataRow("json")]
    [DataRow("sarif")]
    public void SecretRepeatedByAnAliasUnderAKeyThatIsNotSecret_IsMaskedInTheFindings(string format)
    {
        using var folder = new TempFolder();
        folder.Write("ipsec.yaml", $"Action: CreateIpsecServer\nRegionId: cn-hangzhou\nVpnGatewayId: vpn-1\nLocalSubnet: 10.0.0.0/24\nClientIpPool: 10.1.0.0/24\nPskEnabled: true\nPsk: &k {Psk}\nIkeConfig:\n  IkeVersion: *k\n  LocalId: *k\n");

        var result = folder.Run("check", "ipsec.yaml", "--format", format, "--excerpt", "always");

        Assert.Contains("VPN006", result.Output, "IkeVersion is still judged, on the masked value.");
        Assert.Contains("VPN503", result.Output);
        Assert.DoesNotContain(Psk, result.Output + result.Error);
    }

    private static TempFolder WriteSecrets()
    {
        var folder = new TempFolder();
        folder.Write("ipsec.yaml", $"Action: CreateIpsecServer\nRegionId: cn-hangzhou\nVpnGatewayId: vpn-1\nLocalSubnet: 10.0.0.0/24\nClientIpPool: 10.1.0.0/24\nPskEnabled: true\nPsk: {Psk}\nPSK: {Psk}\n");
        folder.Write("ipsec.json", $"{{\"Action\": \"CreateIpsecServer\", \"RegionId\": \"cn-hangzhou\", \"VpnGatewayId\": \"vpn-1\", \"LocalSubnet\": \"10.0.0.0/24\", \"ClientIpPool\": \"10.1.0.0/24\", \"PskEnabled\": true, \"Psk\": \"{Psk}\", \"Psk\": 5}}");
        folder.Write("huawei.yaml", $"vpn_server:\n  client_cidr: 10.2.0.0/24\n  local_subnets: [10.3.0.0/24]\n  client_auth_type: CERT\n  server_certificate: {{id: scs1}}\n  ssl_options: {{port: 443}}\n  client_ca_certificates:\n    - name: ca\n      content: |\n        -----BEGIN CERTIFICATE-----\n        {CertificateBody}\n        -----END CERTIFICATE-----\n");
        return folder;
    }
}
