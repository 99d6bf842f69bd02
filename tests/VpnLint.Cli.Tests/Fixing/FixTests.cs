using System.Text;
using VpnLint.Cli.Fixing;
using VpnLint.Cli.Tests.Support;

namespace VpnLint.Cli.Tests.Fixing;

/// <summary>
/// <c>vpnlint check --fix</c> applies the replacements the findings carry and changes nothing else of the file, byte
/// for byte; <c>--fix --dry-run</c> prints them as a unified diff and writes nothing; what is left is reported.
/// </summary>
[TestClass]
public sealed class FixTests
{
    private const string BrokenYaml = """
        # The office's SSL server. Keep the comments.
        Action: CreateSslVpnServer   # the API
        RegionId: cn-hangzhou
        VpnGatewayId: vpn-bp1hgim8by0kc9nga0001
        ClientIpPool: "192.168.0.1/24"
        LocalSubnet: '10.0.0.1/8,172.16.0.0/12'
        Port: &port 443
        Proto: udp
        Cipher:    "aes-128-cbc"    # aligned on purpose
        Compress: false

        """;

    private const string FixedYaml = """
        # The office's SSL server. Keep the comments.
        Action: CreateSslVpnServer   # the API
        RegionId: cn-hangzhou
        VpnGatewayId: vpn-bp1hgim8by0kc9nga0001
        ClientIpPool: "192.168.0.0/24"
        LocalSubnet: '10.0.0.0/8,172.16.0.0/12'
        Port: &port 1194
        Proto: UDP
        Cipher:    "AES-128-CBC"    # aligned on purpose
        Compress: false

        """;

    [TestMethod]
    public void Fix_RewritesOnlyTheValues_KeepingQuotesAnchorsCommentsAndSpacing()
    {
        using var folder = new TempFolder();
        folder.Write("server.yaml", BrokenYaml);

        var result = folder.Run("check", "server.yaml", "--fix");

        Assert.AreEqual(FixedYaml, folder.Read("server.yaml"));
        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.AreEqual("0 errors, 0 warnings in 1 file\n", result.Output, "The second check finds nothing left.");
        Assert.Contains("vpnlint: note: fixed 5 findings in 1 file; 0 findings left", result.Error);
    }

    [TestMethod]
    public void Fix_OfJson_KeepsNumbersNumbersAndStringsStrings()
    {
        using var folder = new TempFolder();
        folder.Write("server.json", SampleRequests.SslServerJson.Replace("\"Port\": 1194", "\"Port\": 443", StringComparison.Ordinal).Replace("\"Compress\": false", "\"Compress\": false,\n  \"Proto\": \"tcp\"", StringComparison.Ordinal));
        folder.Write("quoted.json", SampleRequests.SslServerJson.Replace("\"Port\": 1194", "\"Port\": \"22\"", StringComparison.Ordinal));

        folder.Run("check", ".", "--fix");

        Assert.Contains("\"Port\": 1194,", folder.Read("server.json"));
        Assert.Contains("\"Proto\": \"TCP\"", folder.Read("server.json"));
        Assert.Contains("\"Port\": \"1194\",", folder.Read("quoted.json"), "A string stays a string; VPN004 still says to write it as a number.");
    }

    [TestMethod]
    [DataRow("\r\n", false)]
    [DataRow("\n", true)]
    public void Fix_KeepsTheFilesBytes_LineBreaksAndByteOrderMark(string lineBreak, bool byteOrderMark)
    {
        using var folder = new TempFolder();
        var text = BrokenYaml.ReplaceLineEndings(lineBreak);
        byte[] preamble = byteOrderMark ? [0xEF, 0xBB, 0xBF] : [];
        folder.Write("server.yaml", [.. preamble, .. Encoding.UTF8.GetBytes(text)]);

        folder.Run("check", "server.yaml", "--fix");

        CollectionAssert.AreEqual(preamble.Concat(Encoding.UTF8.GetBytes(FixedYaml.ReplaceLineEndings(lineBreak))).ToArray(), File.ReadAllBytes(folder.PathOf("server.yaml")));
    }

    [TestMethod]
    public void Fix_OfAUtf16File_WritesUtf16()
    {
        using var folder = new TempFolder();
        folder.Write("server.yaml", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(BrokenYaml)]);

        folder.Run("check", "server.yaml", "--fix");

        CollectionAssert.AreEqual(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(FixedYaml)).ToArray(), File.ReadAllBytes(folder.PathOf("server.yaml")));
    }

    [TestMethod]
    public void DryRun_PrintsAUnifiedDiff_AndWritesNothing()
    {
        using var folder = new TempFolder();
        folder.Write("infra/server.yaml", BrokenYaml);

        var result = folder.Run("check", ".", "--fix", "--dry-run");

        Assert.AreEqual(BrokenYaml, folder.Read("infra/server.yaml"));
        Assert.AreEqual(UnifiedDiff.Of("infra/server.yaml", BrokenYaml, FixedYaml), result.Output);
        Assert.AreEqual(
            "--- a/infra/server.yaml\n+++ b/infra/server.yaml\n@@ -2,9 +2,9 @@\n Action: CreateSslVpnServer   # the API\n RegionId: cn-hangzhou\n VpnGatewayId: vpn-bp1hgim8by0kc9nga0001\n" +
            "-ClientIpPool: \"192.168.0.1/24\"\n-LocalSubnet: '10.0.0.1/8,172.16.0.0/12'\n-Port: &port 443\n-Proto: udp\n-Cipher:    \"aes-128-cbc\"    # aligned on purpose\n" +
            "+ClientIpPool: \"192.168.0.0/24\"\n+LocalSubnet: '10.0.0.0/8,172.16.0.0/12'\n+Port: &port 1194\n+Proto: UDP\n+Cipher:    \"AES-128-CBC\"    # aligned on purpose\n Compress: false\n",
            result.Output);
        Assert.Contains("vpnlint: note: --fix --dry-run: would fix 5 findings in 1 file, leaving 0 findings; nothing was written", result.Error);
        Assert.AreEqual(0, result.ExitCode, "The exit code is the one --fix would leave.");
    }

    [TestMethod]
    public void DryRun_OfStandardInput_PrintsTheDiff_WhileFixWithoutItIsAUsageError()
    {
        using var folder = new TempFolder();

        var dryRun = Vpnlint.RunWithInput(folder.Path, BrokenYaml, "check", "-", "--stdin-filename", "server.yaml", "--fix", "--dry-run");
        var fix = Vpnlint.RunWithInput(folder.Path, BrokenYaml, "check", "-", "--fix");

        Assert.StartsWith("--- a/server.yaml\n", dryRun.Output);
        Assert.AreEqual(2, fix.ExitCode);
        Assert.Contains("--fix writes files, and standard input (-) is none; --fix --dry-run prints its fixes as a diff", fix.Error);
    }

    [TestMethod]
    public void DryRunWithoutFix_IsAUsageError()
    {
        using var folder = new TempFolder();
        folder.Write("server.yaml", BrokenYaml);

        var result = folder.Run("check", "server.yaml", "--dry-run");

        Assert.AreEqual(2, result.ExitCode);
        Assert.Contains("--dry-run shows what --fix would change; give it with --fix", result.Error);
    }

    [TestMethod]
    public void OverlappingFixes_TheFirstIsApplied_TheOtherReported_AndLeftInTheReport()
    {
        using var folder = new TempFolder();
        folder.Write("server.yaml", SampleRequests.SslServerYaml.Replace("ClientIpPool: 192.168.0.0/24", "ClientIpPool: 192.168.0.1/30", StringComparison.Ordinal));

        var result = folder.Run("check", "server.yaml", "--fix");

        Assert.Contains("ClientIpPool: 192.168.0.0/30", folder.Read("server.yaml"));
        Assert.Contains("vpnlint: note: server.yaml(4,15): VPN102 not fixed: it overlaps the fix of VPN101 at (4,15), which was applied; run --fix again", result.Error);
        Assert.Contains("server.yaml(4,15): error VPN102", result.Output);
        Assert.AreEqual(1, result.ExitCode);

        var second = folder.Run("check", "server.yaml", "--fix");

        Assert.Contains("ClientIpPool: 192.168.0.0/27", folder.Read("server.yaml"), "The second run applies the fix that waited; VPN200 asks the same edit, made once.");
        Assert.Contains("fixed 2 findings in 1 file; 0 findings left", second.Error);
    }

    [TestMethod]
    public void ValueInsideASecret_IsNeverWritten()
    {
        using var folder = new TempFolder();
        // The anchored value is repeated under a key that holds key material, so it is a secret where it is written.
        folder.Write("server.yaml", SampleRequests.SslServerYaml.Replace("Compress: false", "Compress: false\nProto: &shared udp\nx-notes:\n  password: *shared", StringComparison.Ordinal));

        var result = folder.Run("check", "server.yaml", "--fix", "--severity", "VPN005=off");

        Assert.Contains("Proto: &shared udp", folder.Read("server.yaml"));
        Assert.Contains("VPN006 not fixed: it is inside a secret, which VpnLint never writes", result.Error);
    }

    [TestMethod]
    public void FindingAtAnAlias_IsFixedWhereItsAnchorIs_NotAtTheAlias()
    {
        using var folder = new TempFolder();
        folder.Write("bundle.yaml", "requests:\n  - &server\n    Action: CreateSslVpnServer\n    RegionId: cn-hangzhou\n    VpnGatewayId: vpn-1\n    ClientIpPool: 192.168.0.0/24\n    LocalSubnet: 10.0.0.0/8\n    Proto: udp\n  - *server\n");

        var result = folder.Run("check", "bundle.yaml", "--fix", "--severity", "VPN701=off", "--severity", "VPN702=off");

        Assert.AreEqual("requests:\n  - &server\n    Action: CreateSslVpnServer\n    RegionId: cn-hangzhou\n    VpnGatewayId: vpn-1\n    ClientIpPool: 192.168.0.0/24\n    LocalSubnet: 10.0.0.0/8\n    Proto: UDP\n  - *server\n", folder.Read("bundle.yaml"));
        Assert.Contains("VPN006 not fixed: the value comes from a YAML alias; fix it where its anchor is", result.Error);
        Assert.Contains("0 findings left", result.Error, "Fixing the anchor fixed the alias too.");
    }

    [TestMethod]
    public void FileChangedSinceItWasRead_IsNotWritten()
    {
        using var folder = new TempFolder();
        var path = folder.Write("server.yaml", BrokenYaml);
        var checkedBytes = File.ReadAllBytes(path);
        File.WriteAllText(path, BrokenYaml + "# saved by an editor meanwhile\n");

        var failure = FileFixer.Write(path, checkedBytes, FixedYaml);

        Assert.AreEqual("the file changed since it was read; run vpnlint again", failure);
        Assert.AreEqual(BrokenYaml + "# saved by an editor meanwhile\n", File.ReadAllText(path));
        Assert.IsNull(FileFixer.Write(path, File.ReadAllBytes(path), FixedYaml));
        Assert.AreEqual(FixedYaml, File.ReadAllText(path));
        Assert.HasCount(1, Directory.GetFiles(folder.Path), "No temporary file is left beside it.");
    }

    [TestMethod]
    public void FixInsideAnIkeConfigString_KeepsTheQuotesOfTheJsonInside()
    {
        using var folder = new TempFolder();
        folder.Write("ipsec.json", "{\n  \"Action\": \"CreateIpsecServer\",\n  \"RegionId\": \"cn-hangzhou\",\n  \"VpnGatewayId\": \"vpn-1\",\n  \"LocalSubnet\": \"192.168.0.0/24\",\n  \"ClientIpPool\": \"10.0.0.0/24\",\n  \"PskEnabled\": true,\n  \"IkeConfig\": \"{\\\"IkeVersion\\\":\\\"IKEv2\\\",\\\"IkeAuthAlg\\\":\\\"sha256\\\",\\\"IkePfs\\\":\\\"group14\\\"}\"\n}\n");

        var result = folder.Run("check", "ipsec.json", "--fix", "--severity", "VPN502=off");

        Assert.Contains("\"IkeConfig\": \"{\\\"IkeVersion\\\":\\\"ikev2\\\",", folder.Read("ipsec.json"));
        Assert.AreEqual(0, result.ExitCode, result.ToString());
    }
}
