using System.Text.Json;
using VpnLint.Cli.Output;
using VpnLint.Cli.Tests.Support;

namespace VpnLint.Cli.Tests.Output;

[TestClass]
public sealed class ExcerptTests
{
    private const string Psk = "Zebra-Quokka-7731-Psk";

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

    [TestMethod]
    public void MinifiedFileWithManyFindings_ShowsEachAWindowOfItsLineWithTheCaretUnderTheValue()
    {
        using var folder = new TempFolder();
        var requests = Enumerable.Range(0, 400).Select(index => index % 2 == 0
            ? $$"""{"Action":"CreateSslVpnServer","RegionId":"cn-hangzhou","VpnGatewayId":"vpn-{{index}}","ClientIpPool":"10.{{index % 200}}.0.0/24","LocalSubnet":"172.16.0.0/16","Port":22,"Proto":"udp","Name":"server\u001B[2J{{index}}"}"""
            : $$"""{"Action":"CreateIpsecServer","RegionId":"cn-hangzhou","VpnGatewayId":"vpn-{{index}}","ClientIpPool":"10.{{index % 200}}.0.0/24","LocalSubnet":"172.16.0.0/16","PskEnabled":true,"Psk":"{{Psk}}","IkeConfig":"{\"IkeVersion\":\"ikev1\"}"}""");
        var text = "{\"requests\":[" + string.Join(",", requests) + "]}";
        folder.Write("minified.json", text);

        var excerpts = folder.Run("check", "minified.json", "--excerpt", "always").OutputLines;
        var report = folder.Run("check", "minified.json", "--format", "json");

        Assert.IsGreaterThan(ExcerptWindow.Width * 500, text.Length);
        using var json = JsonDocument.Parse(report.Output);
        var spans = json.RootElement.GetProperty("findings").EnumerateArray().Select(finding => finding.GetProperty("span")).ToList();
        Assert.IsGreaterThan(1_000, spans.Count);
        Assert.HasCount((spans.Count * 3) + 1, excerpts);
        for (var index = 0; index < spans.Count; index++)
        {
            var shown = excerpts[(index * 3) + 1];
            var caret = excerpts[(index * 3) + 2];
            Assert.StartsWith(" 1 | ", shown);
            var window = shown[" 1 | ".Length..];
            Assert.IsLessThanOrEqualTo(ExcerptWindow.Width + 2, window.Length, shown);
            var core = window.Trim('…');
            var coreStart = text.IndexOf(core.Replace(new string('*', Psk.Length + 2), $"\"{Psk}\"", StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.IsGreaterThanOrEqualTo(0, coreStart, shown);
            Assert.AreEqual(coreStart > 0, window.StartsWith('…'), shown);
            Assert.AreEqual(coreStart + core.Length < text.Length, window.EndsWith('…'), shown);

            // A span wider than the window is underlined from its start to the cut.
            var value = text[spans[index].GetProperty("startOffset").GetInt32()..spans[index].GetProperty("endOffset").GetInt32()].Replace($"\"{Psk}\"", new string('*', Psk.Length + 2), StringComparison.Ordinal);
            var underlined = window[(caret.IndexOf('^', StringComparison.Ordinal) - " 1 | ".Length)..(caret.Length - " 1 | ".Length)];
            Assert.IsTrue(underlined == value || (value.StartsWith(underlined, StringComparison.Ordinal) && window.EndsWith(underlined + "…", StringComparison.Ordinal)), $"{value}\n{shown}\n{caret}");
        }

        Assert.DoesNotContain(Psk, string.Join("\n", excerpts));
        Assert.DoesNotContain("\u001B", string.Join("\n", excerpts));
    }

    [TestMethod]
    public void ValueWiderThanTheWindow_IsCutAfterItsStartWithTheCaretToTheCut()
    {
        using var folder = new TempFolder();
        folder.Write("gateway.yaml", $"Action: CreateVpnGateway\nRegionId: cn-hangzhou\nVpcId: vpc-1\nBandwidth: 10\nName: 1{new string('x', 5_000)}\n");

        var lines = folder.Run("check", "gateway.yaml", "--excerpt", "always").OutputLines;

        var at = Array.FindIndex(lines, line => line.Contains("VPN010", StringComparison.Ordinal));
        Assert.AreEqual($" 5 | Name: 1{new string('x', ExcerptWindow.Width - "Name: 1".Length)}…", lines[at + 1]);
        Assert.AreEqual($"   |       {new string('^', ExcerptWindow.Width - "Name: ".Length)}", lines[at + 2]);
    }

    [TestMethod]
    public void DeeplyNestedOneLineFile_ShowsAWindowAtTheError()
    {
        using var folder = new TempFolder();
        folder.Write("deep.json", "{\"Action\": " + new string('[', 100_000) + new string(']', 100_000) + "}");

        var result = folder.Run("check", "deep.json", "--excerpt", "always");

        var longest = result.OutputLines.Max(line => line.Length);
        Assert.Contains("error VPN001", result.Output);
        Assert.IsLessThan(300, longest, result.Output);
        Assert.Contains(" 1 | …[[[[", result.Output);
    }
}
