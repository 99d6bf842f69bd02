using VpnLint.Rules.Json;
using VpnLint.Rules.Model;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Rules.Tests.Json;

[TestClass]
public sealed class EmbeddedJsonReaderTests
{
    private static EmbeddedJsonResult Read(string json) =>
        EmbeddedJsonReader.ReadObject(new StringValue(json, new SourceText(json).Locate(0, json.Length), new SourceText(json)));

    [TestMethod]
    public void Object_IsReadWithEveryValueKindAndSpan()
    {
        const string json = """{"s": "x", "n": -1.5e2, "b": true, "f": false, "z": null, "a": [1, {"k": "v"}], "o": {}}""";

        var value = Read(json).Value!;

        Assert.AreEqual("x", ((StringValue)value.Get("s")!).Text);
        Assert.AreEqual(-150d, ((NumberValue)value.Get("n")!).Value);
        Assert.AreEqual("-1.5e2", ((NumberValue)value.Get("n")!).Text);
        Assert.IsTrue(((BooleanValue)value.Get("b")!).Value);
        Assert.IsFalse(((BooleanValue)value.Get("f")!).Value);
        Assert.AreEqual(ValueKind.Null, value.Get("z")!.Kind);
        Assert.HasCount(2, ((ArrayValue)value.Get("a")!).Items);
        Assert.IsEmpty(((ObjectValue)value.Get("o")!).Members);
        Assert.AreEqual("\"x\"", json.Substring(value.Get("s")!.Span.StartOffset, value.Get("s")!.Span.Length));
        Assert.AreEqual("\"n\"", json.Substring(value.Find("n")!.NameSpan.StartOffset, value.Find("n")!.NameSpan.Length));
    }

    [TestMethod]
    public void DuplicateKeys_AreKept_LookupGivesTheLast()
    {
        var value = Read("""{"k": 1, "k": 2}""").Value!;

        Assert.HasCount(2, value.Members);
        Assert.AreEqual(2d, ((NumberValue)value.Get("k")!).Value);
    }

    [TestMethod]
    public void Escapes_AreDecoded_AndCharactersStillLocated()
    {
        const string json = """{"k": "a\"b\u0041\\c"}""";

        var text = (StringValue)Read(json).Value!.Get("k")!;

        Assert.AreEqual("a\"bA\\c", text.Text);
        var span = text.Locate(3, 1);
        Assert.AreEqual("\\u0041", json.Substring(span.StartOffset, span.Length));
        var last = text.Locate(5, 1);
        Assert.AreEqual("c", json.Substring(last.StartOffset, last.Length));
    }

    [TestMethod]
    public void Lines_AreCounted_ForSpansOnLaterLines()
    {
        var value = Read("{\n  \"a\": 1,\n  \"b\": 2\n}").Value!;

        Assert.AreEqual(3, value.Find("b")!.NameSpan.StartLine);
        Assert.AreEqual(3, value.Find("b")!.NameSpan.StartColumn);
    }

    [TestMethod]
    [DataRow("{", "expected a quoted key, but the JSON ends")]
    [DataRow("{\"a\" 1}", "expected ':' at character 6, not '1'")]
    [DataRow("{\"a\": 1,}", "expected a quoted key at character 9, not '}'")]
    [DataRow("{\"a\": 01}", "expected ',' or '}' at character 8, not '1'")]
    [DataRow("{\"a\": 1.}", "expected a digit at character 9, not '}'")]
    [DataRow("{\"a\": tru}", "unexpected 't' at character 7")]
    [DataRow("{\"a\": \"x}", "the string that starts at character 7 is not closed")]
    [DataRow("{\"a\": \"\\x\"}", "an invalid escape '\\x' at character 8")]
    [DataRow("{\"a\": \"\t\"}", "a control character in a string at character 8")]
    [DataRow("{\"a\": [1 2]}", "expected ',' or ']' at character 10, not '2'")]
    [DataRow("[]", "it must start with '{', not '[' (character 1)")]
    [DataRow("{'a': 1}", "expected a quoted key at character 2, not '''; JSON strings take double quotes")]
    [DataRow("{\"a\": 'x'}", "unexpected ''' at character 7; JSON strings take double quotes")]
    [DataRow("   ", "it is empty; write a JSON object such as {\"IkeVersion\":\"ikev2\"}")]
    public void MalformedJson_SaysWhereItBreaks(string json, string error)
    {
        var result = Read(json);

        Assert.IsNull(result.Value);
        Assert.AreEqual(error, result.Error);
    }

    [TestMethod]
    public void NestingBeyondTheLimit_IsAnError_NotAStackOverflow()
    {
        var deep = new string('[', 10_000) + new string(']', 10_000);

        Assert.AreEqual($"it nests deeper than {EmbeddedJsonReader.MaximumDepth} levels", Read("{\"a\": " + deep + "}").Error);
        Assert.IsNotNull(Read("{\"a\": " + new string('[', EmbeddedJsonReader.MaximumDepth - 1) + new string(']', EmbeddedJsonReader.MaximumDepth - 1) + "}").Value);
    }
}
