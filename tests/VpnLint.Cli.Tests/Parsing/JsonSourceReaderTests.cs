using VpnLint.Cli.Input;
using VpnLint.Cli.Parsing;
using VpnLint.Cli.Tests.Support;
using static VpnLint.Cli.Tests.Support.Spans;
using VpnLint.Rules.Model;

namespace VpnLint.Cli.Tests.Parsing;

[TestClass]
public sealed class JsonSourceReaderTests
{
    [TestMethod]
    public void KeysAndValues_HaveLinesAndColumnsInCharacters()
    {
        var root = Read("{\n  \"Name\": \"é-vpn\",\n  \"Port\": 1194\n}");

        var name = root.Find("Name")!;
        var port = root.Find("Port")!;
        Assert.AreEqual((2, 3, 2, 9), Position(name.NameSpan));
        Assert.AreEqual((2, 11, 2, 18), Position(name.Value.Span));
        Assert.AreEqual((3, 11, 3, 15), Position(port.Value.Span));
        Assert.AreEqual(1194d, ((NumberValue)port.Value).Value);
    }

    [TestMethod]
    public void ListItem_IsLocatedInsideTheString()
    {
        var root = Read("{\"LocalSubnet\": \"10.0.0.0/8,100.64.1.0/24\"}");

        var value = (StringValue)root.Get("LocalSubnet")!;
        var item = value.Locate(11, 13);

        Assert.AreEqual((1, 29, 1, 42), Position(item));
    }

    [TestMethod]
    public void EscapedString_MapsCharactersThroughTheEscapes()
    {
        var text = "{\"IkeConfig\": \"{\\\"IkeVersion\\\":\\\"ikev1\\\"}\"}";
        var root = Read(text);

        var value = (StringValue)root.Get("IkeConfig")!;
        Assert.AreEqual("{\"IkeVersion\":\"ikev1\"}", value.Text);
        var ikev1 = value.Locate(value.Text.IndexOf("ikev1", StringComparison.Ordinal), 5);

        Assert.AreEqual("ikev1", text[ikev1.StartOffset..ikev1.EndOffset]);
    }

    [TestMethod]
    public void DuplicateKeys_AreKept()
    {
        var root = Read("{\"Port\": 1, \"Port\": 2}");

        Assert.HasCount(2, root.Members);
        Assert.AreEqual(2d, ((NumberValue)root.Get("Port")!).Value);
    }

    [TestMethod]
    public void CrLfLineEnds_CountAsOneLine()
    {
        var root = Read("{\r\n\r\n  \"Port\": 1194\r\n}");

        Assert.AreEqual((3, 11, 3, 15), Position(root.Get("Port")!.Span));
    }

    [TestMethod]
    [DataRow("{\n  \"Port\": 1194,\n}", 2, 15)]
    [DataRow("{\r\n  \"Port\": 1194,\r\n\r\n\t}", 2, 15)]
    [DataRow("{\"LocalSubnet\": [\"10.0.0.0/8\", ]}", 1, 30)]
    [DataRow("{\"Name\": \"日本\",}", 1, 14)]
    public void TrailingComma_IsMalformedAtTheComma_NotAtTheBracketAfterIt(string json, int line, int column)
    {
        var document = JsonSourceReader.Read(new SourceText(json));

        Assert.IsNotNull(document.Malformed);
        Assert.AreEqual("VPN001", document.Malformed.RuleId);
        Assert.AreEqual((line, column, line, column + 1), Position(document.Malformed.Span));
        Assert.Contains("a comma must not follow the last item", document.Malformed.Message);
        Assert.DoesNotContain("LineNumber", document.Malformed.Message);
    }

    [TestMethod]
    public void Comment_IsMalformed()
    {
        var document = JsonSourceReader.Read(new SourceText("{ // no comments in JSON\n \"a\": 1 }"));

        Assert.IsNotNull(document.Malformed);
        Assert.AreEqual((1, 3), (document.Malformed.Span.StartLine, document.Malformed.Span.StartColumn));
    }

    [TestMethod]
    public void NonAsciiBeforeAnError_ColumnCountsCharactersNotBytes()
    {
        var document = JsonSourceReader.Read(new SourceText("{\"Name\": \"日本語\" x}"));

        Assert.IsNotNull(document.Malformed);
        Assert.AreEqual(16, document.Malformed.Span.StartColumn);
    }

    [TestMethod]
    public void NestingBeyondTheLimit_IsMalformedNotACrash()
    {
        var text = new string('[', 10_000) + new string(']', 10_000);

        var document = JsonSourceReader.Read(new SourceText(text));

        Assert.IsNotNull(document.Malformed);
        Assert.Contains("depth", document.Malformed.Message);
    }

    [TestMethod]
    [DataRow("{\"Psk\": abc123secret}", "a value must start here")]
    [DataRow("{\"Psk\": tabc123secret}", "without quotes")]
    [DataRow("{\"Psk\": nulabc123secret}", "without quotes")]
    [DataRow("{\"Psk\": \"abc123secret\\x\"}", "invalid escape")]
    public void UnquotedOrBrokenValue_IsDescribedWithoutItsText(string text, string description)
    {
        var document = JsonSourceReader.Read(new SourceText(text));

        Assert.IsNotNull(document.Malformed);
        Assert.Contains(description, document.Malformed.Message);
        Assert.DoesNotContain("abc123secret", document.Malformed.Message);
        Assert.AreEqual(1, document.Malformed.Span.StartLine);
    }

    [TestMethod]
    public void UnquotedLiteral_IsLocatedAtItsStart()
    {
        var document = JsonSourceReader.Read(new SourceText("{\n\"Psk\": abc123secret}"));

        Assert.IsNotNull(document.Malformed);
        Assert.AreEqual((2, 8), (document.Malformed.Span.StartLine, document.Malformed.Span.StartColumn));
    }

    [TestMethod]
    [DataRow("{\"Psk\": \"ab\\uD800cd\"}", 12)]
    [DataRow("{\"Psk\": \"ab\\uDC00\"}", 12)]
    [DataRow("{\"Psk\": \"\\uD83D\\uDE00\\uD800\"}", 22)]
    [DataRow("{\"\\uD800\": 1}", 3)]
    public void LoneSurrogateEscape_IsMalformedAtTheEscape(string text, int column)
    {
        var document = JsonSourceReader.Read(new SourceText(text));

        Assert.IsNotNull(document.Malformed);
        Assert.Contains("half of a surrogate pair", document.Malformed.Message);
        Assert.AreEqual((1, column), (document.Malformed.Span.StartLine, document.Malformed.Span.StartColumn));
    }

    [TestMethod]
    public void SurrogatePairEscape_IsOneCharacter()
    {
        var root = Read("{\"Name\": \"\\uD83D\\uDE00\"}");

        Assert.AreEqual("\U0001F600", ((StringValue)root.Get("Name")!).Text);
    }

    [TestMethod]
    public void LoneSurrogateEscape_IsVpn001AndTheRunGoesOn()
    {
        using var folder = new TempFolder();
        folder.Write("a.json", "{\"Name\": \"\\uD800\"}");
        folder.Write("b.json", "{\"Action\": \"CreateVpnGateway\"}");

        var result = folder.Run("check", "a.json", "b.json");

        Assert.AreEqual(1, result.ExitCode, result.ToString());
        Assert.Contains("a.json(1,11): error VPN001", result.Output);
        Assert.Contains("b.json(1,1): error VPN003", result.Output);
        Assert.DoesNotContain("failed on this file", result.Output + result.Error);
    }

    private static ObjectValue Read(string text) => RequestCorpus.ParseObject(text, FileFormat.Json);
}
