using VpnLint.Cli.Tests.Support;

namespace VpnLint.Cli.Tests.Checking;

[TestClass]
public sealed class QuotedSecretGuardTests
{
    // The IkeConfig JSON under the wrong key: VPN004 quotes the value it judges, and the value holds the key.
    private const string PskInAnotherValue = """
        {"Action": "CreateIpsecServer", "RegionId": "cn-hangzhou", "VpnGatewayId": "vpn-1", "LocalSubnet": "10.0.0.0/8",
         "ClientIpPool": "192.168.0.0/24", "PskEnabled": true, "EffectImmediately": "{\"Psk\":\"S3cretKey\"}"}
        """;

    [TestMethod]
    [DataRow("ipsec.json", "text")]
    [DataRow("ipsec.json", "json")]
    [DataRow("ipsec.json", "sarif")]
    [DataRow("ipsec.json", "junit")]
    [DataRow("ipsec.yaml", "text")]
    public void AMessageThatWouldQuoteAPreSharedKey_IsWithheld(string file, string format)
    {
        using var folder = new TempFolder();
        folder.Write(file, PskInAnotherValue);

        var result = folder.Run("check", file, "--format", format, "--excerpt", "always");

        Assert.DoesNotContain("S3cretKey", result.Output + result.Error);
        Assert.Contains("VPN004", result.Output);
        Assert.Contains("withheld: it would show a secret", result.Output);
    }

    [TestMethod]
    public void AMessageThatQuotesJsonWithoutASecret_IsKept()
    {
        using var folder = new TempFolder();
        folder.Write("ipsec.json", PskInAnotherValue.Replace("Psk", "IkeVersion", StringComparison.Ordinal));

        var result = folder.Run("check", "ipsec.json");

        Assert.Contains("EffectImmediately must be a boolean, not the string \"{\"IkeVersion\":\"S3cretKey\"}\"", result.Output);
        Assert.DoesNotContain("withheld", result.Output);
    }
}
