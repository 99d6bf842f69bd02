using VpnLint.Rules.Engine;

namespace VpnLint.Rules.Tests.Engine;

[TestClass]
public sealed class ValueDescriptionTests
{
    [TestMethod]
    [DataRow("a\nb", "a\\nb")]
    [DataRow("a\rb", "a\\rb")]
    [DataRow("a\tb", "a\\tb")]
    [DataRow("\0", "\\u0000")]
    [DataRow("\u001b[31m", "\\u001b[31m")]
    [DataRow("\u001f", "\\u001f")]
    [DataRow("\u007f", "\\u007f")]
    [DataRow("\u0080", "\\u0080")]
    [DataRow("x\u0085y", "x\\u0085y")]
    [DataRow("\u009f", "\\u009f")]
    [DataRow("\u2028\u2029", "\\u2028\\u2029")]
    public void ControlCharacters_AreEscaped(string text, string printable) =>
        Assert.AreEqual(printable, ValueDescription.Printable(text));

    [TestMethod]
    [DataRow(" ")]
    [DataRow("~")]
    [DataRow("\u00a0")]
    [DataRow("\u2027")]
    [DataRow("\u202a")]
    [DataRow("é 10.0.0.0/8 \\n")]
    public void CharactersNextToTheControlRanges_AreKept(string text) =>
        Assert.AreSame(text, ValueDescription.Printable(text));
}
