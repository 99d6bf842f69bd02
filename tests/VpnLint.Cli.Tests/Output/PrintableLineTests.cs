using VpnLint.Cli.Output;

namespace VpnLint.Cli.Tests.Output;

[TestClass]
public sealed class PrintableLineTests
{
    [TestMethod]
    [DataRow("a\u001B[2Jb", "a\\u001B[2Jb")]
    [DataRow("a\rb\u0007\u0008", "a\\rb\\u0007\\u0008")]
    [DataRow("a\u007F\u009Bb", "a\\u007F\\u009Bb")]
    [DataRow("a\u202Eb\u2028", "a\\u202Eb\\u2028")]
    public void ControlCharacter_IsEscaped(string line, string shown) => Assert.AreEqual(shown, new PrintableLine(line).Text);

    [TestMethod]
    [DataRow("Name: \tx é 中 😀")]
    [DataRow("")]
    public void PrintableText_IsUnchanged(string line) => Assert.AreEqual(line, new PrintableLine(line).Text);

    [TestMethod]
    public void DisplayColumn_CountsTheEscapes()
    {
        var line = new PrintableLine("\u001Bab");

        Assert.AreEqual((0, 6, 7, 8), (line.DisplayColumn(0), line.DisplayColumn(1), line.DisplayColumn(2), line.DisplayColumn(3)));
    }
}
