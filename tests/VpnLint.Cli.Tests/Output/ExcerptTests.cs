using VpnLint.Cli.Tests.Support;

namespace VpnLint.Cli.Tests.Output;

[TestClass]
public sealed class ExcerptTests
{
    [TestMethod]
    public void ControlCharactersOnTheLine_AreEscapedAndTheCaretStaysUnderTheValue()
    {
        using var folder = new TempFolder();
        folder.Write("ssl.yaml", "Action: CreateSslVpnServer\nRegionId: cn-hangzhou\nVpnGatewayId: vpn-1\nClientIpPool: 10.8.0.0/24\nLocalSubnet: 10.1.0.0/33 # \u001B[2J\u0007\bcomment\nPort: 22 # \u001B]0;title\u0007\n");

        var result = folder.Run("check", "ssl.yaml", "--excerpt", "always");

        Assert.Contains(" 6 | Port: 22 # \\u001B]0;title\\u0007\n   |       ^^\n", result.Output, result.ToString());
        Assert.Contains(" 5 | LocalSubnet: 10.1.0.0/33 # \\u001B[2J\\u0007\\u0008comment\n", result.Output);
        Assert.DoesNotContain("\u001B", result.Output);
        Assert.DoesNotContain("\u0007", result.Output);
    }
}
