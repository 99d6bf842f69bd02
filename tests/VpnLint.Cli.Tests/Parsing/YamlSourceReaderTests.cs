using VpnLint.Cli.Input;
using VpnLint.Cli.Parsing;
using VpnLint.Cli.Tests.Support;
using static VpnLint.Cli.Tests.Support.Spans;
using VpnLint.Rules.Model;

namespace VpnLint.Cli.Tests.Parsing;

[TestClass]
public sealed class YamlSourceReaderTests
{
    [TestMethod]
    public void BlockMapping_ValuesHaveExactSpans()
    {
        var root = Read("Action: CreateSslVpnServer\nClientIpPool: 192.168.0.0/24\n");

        var pool = root.Find("ClientIpPool")!;
        Assert.AreEqual((2, 1, 2, 13), Position(pool.NameSpan));
        Assert.AreEqual((2, 15, 2, 29), Position(pool.Value.Span));
    }

    [TestMethod]
    public void FlowMapping_ValuesHaveExactSpans()
    {
        var root = Read("vpn_server: {client_cidr: 10.0.0.0/24, ssl_options: {port: 8443}}\n");

        var server = (ObjectValue)root.Get("vpn_server")!;
        var port = ((ObjectValue)server.Get("ssl_options")!).Get("port")!;
        Assert.AreEqual((1, 60, 1, 64), Position(port.Span));
        Assert.AreEqual(8443d, ((NumberValue)port).Value);
        Assert.AreEqual((1, 13, 1, 66), Position(server.Span));
    }

    [TestMethod]
    public void QuotedScalar_IsAStringLocatedInsideItsQuotes()
    {
        var root = Read("Port: \"1194\"\nLocalSubnet: '10.0.0.0/8,10.1.0.0/16'\n");

        Assert.IsInstanceOfType<StringValue>(root.Get("Port"));
        var subnet = (StringValue)root.Get("LocalSubnet")!;
        Assert.AreEqual((2, 26, 2, 37), Position(subnet.Locate(11, 11)));
    }

    [TestMethod]
    [DataRow("true", ValueKind.Boolean)]
    [DataRow("False", ValueKind.Boolean)]
    [DataRow("yes", ValueKind.String)]
    [DataRow("on", ValueKind.String)]
    [DataRow("~", ValueKind.Null)]
    [DataRow("null", ValueKind.Null)]
    [DataRow("0x1BB", ValueKind.Number)]
    [DataRow("1.5e3", ValueKind.Number)]
    [DataRow("10.0.0.0/8", ValueKind.String)]
    [DataRow("!!str 1194", ValueKind.String)]
    public void PlainScalar_IsTypedByTheCoreSchema(string scalar, ValueKind kind)
    {
        var root = Read("Value: " + scalar + "\n");

        Assert.AreEqual(kind, root.Get("Value")!.Kind);
    }

    [TestMethod]
    public void MultiDocumentStream_GivesOneRootPerDocument()
    {
        var document = YamlSourceReader.Read(new SourceText("Action: CreateVpnGateway\n---\nAction: CreateSslVpnServer\nPort: 22\n"));

        Assert.HasCount(2, document.Documents);
        var port = ((ObjectValue)document.Documents[1]).Get("Port")!;
        Assert.AreEqual((4, 7), (port.Span.StartLine, port.Span.StartColumn));
    }

    [TestMethod]
    public void AnchorsAliasesAndMergeKeys_AreExpanded()
    {
        var root = Read("base: &base {RegionId: cn-hangzhou, Port: 1194}\nserver:\n  <<: *base\n  Port: 443\n  pool: *base\n");

        var server = (ObjectValue)root.Get("server")!;
        Assert.AreEqual("cn-hangzhou", ((StringValue)server.Get("RegionId")!).Text);
        Assert.AreEqual(443d, ((NumberValue)server.Get("Port")!).Value);
        Assert.AreEqual(1, server.Members.Count(member => member.Name == "Port"));
        Assert.IsInstanceOfType<ObjectValue>(server.Get("pool"));
    }

    [TestMethod]
    public void ValueReachedThroughAnAlias_IsLocatedAtTheAlias()
    {
        var document = YamlSourceReader.Read(new SourceText("x: &pool 10.0.0.0/30\nd: &d {Port: 443}\nClientIpPool: *pool\n<<: *d\n"));

        var root = (ObjectValue)document.Documents.Single();
        Assert.AreEqual((3, 15, 3, 20), Position(root.Get("ClientIpPool")!.Span));
        Assert.AreEqual((4, 5, 4, 7), Position(root.Get("Port")!.Span));
        Assert.AreEqual((1, 4, 1, 21), Position(root.Get("x")!.Span));
        Assert.AreEqual((3, 15, 3, 20), Position(document.Aliases[0].Alias));
        Assert.AreEqual((1, 4, 1, 21), Position(document.Aliases[0].Anchored));
    }

    [TestMethod]
    public void DuplicateKeys_AreKept()
    {
        var root = Read("Port: 1\nPort: 2\n");

        Assert.HasCount(2, root.Members);
    }

    [TestMethod]
    public void AliasBomb_IsMalformedWithinBudget()
    {
        var text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
        for (var level = 'b'; level <= 'j'; level++)
        {
            var previous = (char)(level - 1);
            text += $"{level}: &{level} [*{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}]\n";
        }

        var document = YamlSourceReader.Read(new SourceText(text));

        Assert.IsNotNull(document.Malformed);
        Assert.Contains("alias", document.Malformed.Message);
    }

    [TestMethod]
    public void AliasWithoutAnchor_IsMalformedWithoutRepeatingItsName()
    {
        var document = YamlSourceReader.Read(new SourceText("Action: CreateIpsecServer\nPsk: *S3cretAlias\n"));

        Assert.IsNotNull(document.Malformed);
        Assert.Contains("refers to no anchor", document.Malformed.Message);
        Assert.DoesNotContain("S3cretAlias", document.Malformed.Message);
        Assert.AreEqual((2, 6), (document.Malformed.Span.StartLine, document.Malformed.Span.StartColumn));
    }

    [TestMethod]
    [DataRow("Psk: !S3cretTag\nPort: 1\n", "!S3cretTag")]
    [DataRow("{Psk: !S3cretTag , Port: 1}\n", "!S3cretTag")]
    [DataRow("Psk: &S3cretAnchor x\nPort: 1\n", "&S3cretAnchor x")]
    [DataRow("Psk: !!str &S3cretAnchor 'x'\nPort: 1\n", "!!str &S3cretAnchor 'x'")]
    public void ValueWithAnchorOrTag_SpanCoversThemOnItsOwnLine(string text, string written)
    {
        var root = Read(text);

        var span = root.Get("Psk")!.Span;
        Assert.AreEqual(written, text[span.StartOffset..span.EndOffset]);
        Assert.AreEqual(1, span.EndLine);
    }

    [TestMethod]
    public void AnchoredQuotedValue_KeepsItsLocatorInsideTheQuotes()
    {
        var root = Read("LocalSubnet: &a '10.0.0.0/8,10.1.0.0/16'\n");

        var item = ((StringValue)root.Get("LocalSubnet")!).Locate(11, 11);

        Assert.AreEqual((1, 29, 1, 40), Position(item));
    }

    [TestMethod]
    [DataRow("LocalSubnet: >-\n  10.1.0.0/16,\n  10.2.0.0/33\n", 3)]
    [DataRow("LocalSubnet: |\n  10.1.0.0/16,\n  10.2.0.0/33\n", 3)]
    [DataRow("LocalSubnet:\n  10.1.0.0/16,\n  10.2.0.0/33\n", 3)]
    [DataRow("LocalSubnet: '10.1.0.0/16,\n  10.2.0.0/33'\n", 2)]
    [DataRow("LocalSubnet: \"10.1.0.0/16,\n  10.2.0.0/33\"\n", 2)]
    [DataRow("LocalSubnet: &a !!str >2 # a comment\n  10.1.0.0/16,\n  10.2.0.0/33\n", 3)]
    public void ItemOfAScalarOverSeveralLines_IsLocatedAtTheItem(string text, int line)
    {
        var value = (StringValue)Read(text).Get("LocalSubnet")!;
        var item = value.Text.IndexOf("10.2.0.0/33", StringComparison.Ordinal);

        var span = value.Locate(item, "10.2.0.0/33".Length);

        Assert.AreEqual((line, 3, line, 14), Position(span));
    }

    [TestMethod]
    public void DoubleQuotedScalarWithEscapesOverSeveralLines_IsLocatedAsAWhole()
    {
        var value = (StringValue)Read("LocalSubnet: \"\\x31\\x30.1.0.0/16,\n  10.2.0.0/33\"\n").Get("LocalSubnet")!;

        var span = value.Locate(13, 11);

        Assert.AreEqual(value.Span, span);
    }

    [TestMethod]
    public void DeepNesting_IsMalformedNotAStackOverflow()
    {
        var text = "a: " + new string('[', 5_000) + new string(']', 5_000) + "\n";

        var document = YamlSourceReader.Read(new SourceText(text));

        Assert.IsNotNull(document.Malformed);
        Assert.Contains("deeper", document.Malformed.Message);
    }

    [TestMethod]
    public void SyntaxError_IsMalformedAtTheParsersPosition()
    {
        var document = YamlSourceReader.Read(new SourceText("Action: CreateSslVpnServer\nPort: [1194\nName: x\n"));

        Assert.IsNotNull(document.Malformed);
        Assert.AreEqual("VPN001", document.Malformed.RuleId);
        Assert.IsGreaterThanOrEqualTo(2, document.Malformed.Span.StartLine);
        Assert.DoesNotContain("(Line:", document.Malformed.Message);
    }

    [TestMethod]
    public void Comments_AreKeptWithTheirLines()
    {
        var document = YamlSourceReader.Read(new SourceText("# top\nPort: 22 # vpnlint-disable-line VPN301\n"));

        Assert.HasCount(2, document.Comments);
        Assert.AreEqual((2, true), (document.Comments[1].Line, document.Comments[1].IsInline));
    }

    [TestMethod]
    public void CrLfLineEnds_KeepOffsetsAndLines()
    {
        var text = "Action: CreateSslVpnServer\r\nPort: 22\r\n";
        var root = Read(text);

        var port = root.Get("Port")!;
        Assert.AreEqual((2, 7), (port.Span.StartLine, port.Span.StartColumn));
        Assert.AreEqual("22", text[port.Span.StartOffset..port.Span.EndOffset]);
    }

    private static ObjectValue Read(string text) => RequestCorpus.ParseObject(text, FileFormat.Yaml);
}
