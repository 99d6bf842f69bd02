namespace VpnLint.Rules.Tests;

[TestClass]
public sealed class PrintableTextTests
{
    [TestMethod]
    [DataRow("a\nb", "a\\nb")]
    [DataRow("a\rb", "a\\rb")]
    [DataRow("a\tb", "a\\tb")]
    [DataRow("\0", "\\u0000")]
    [DataRow("\u001b[31m", "\\u001B[31m")]
    [DataRow("\u001f", "\\u001F")]
    [DataRow("\u007f", "\\u007F")]
    [DataRow("\u0080", "\\u0080")]
    [DataRow("x\u0085y", "x\\u0085y")]
    [DataRow("\u009f", "\\u009F")]
    [DataRow("abc\u202edcba", "abc\\u202Edcba")]
    [DataRow("\u202a\u2066\u2069\u200e\u200f\u061c", "\\u202A\\u2066\\u2069\\u200E\\u200F\\u061C")]
    [DataRow("\u2028\u2029", "\\u2028\\u2029")]
    [DataRow("a\ufffe\uffff", "a\\uFFFE\\uFFFF")]
    public void ControlsSeparatorsAndBidirectionalMarks_AreEscaped(string text, string printable) =>
        Assert.AreEqual(printable, PrintableText.Of(text));

    [TestMethod]
    [DataRow(" ")]
    [DataRow("~")]
    [DataRow("\u00a0")]
    [DataRow("\u2027")]
    [DataRow("\u202f")]
    [DataRow("\u200d")]
    [DataRow("\u2010")]
    [DataRow("\u2065")]
    [DataRow("\u206a")]
    [DataRow("é 10.0.0.0/8 \\n")]
    public void CharactersNextToTheControlRanges_AreKept(string text) =>
        Assert.AreSame(text, PrintableText.Of(text));

    [TestMethod]
    public void LoneSurrogates_AreEscaped()
    {
        // In code, not in DataRow: an attribute's string cannot hold half a character.
        Assert.AreEqual("a\\uD83Db", PrintableText.Of("a\uD83Db"));
        Assert.AreEqual("\\uDE00a", PrintableText.Of("\uDE00a"));
        Assert.AreEqual("a\\uD800", PrintableText.Of("a\uD800"));
        Assert.AreEqual("\\uDC00\\uD800", PrintableText.Of("\uDC00\uD800"));
    }

    [TestMethod]
    public void SurrogatePair_IsKept()
    {
        var text = "a\uD83D\uDE00b";

        Assert.AreSame(text, PrintableText.Of(text));
    }
}
