using System.Text;
using VpnLint.Cli.Input;

namespace VpnLint.Cli.Tests.Input;

[TestClass]
public sealed class TextDecoderTests
{
    private const string Text = "Action: CreateVpnGateway\n";

    [TestMethod]
    public void Utf8WithByteOrderMark_DropsTheMark()
    {
        var decoded = TextDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Text)]);

        Assert.AreEqual(Text, decoded.Text);
    }

    [TestMethod]
    [DataRow("utf-16", true)]
    [DataRow("utf-16BE", true)]
    [DataRow("utf-16", false)]
    [DataRow("utf-32", true)]
    public void OtherUnicodeEncodings_AreDecoded(string encodingName, bool byteOrderMark)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var bytes = encoding.GetBytes(Text);

        var decoded = TextDecoder.Decode(byteOrderMark ? [.. encoding.GetPreamble(), .. bytes] : bytes);

        Assert.IsNull(decoded.Error);
        Assert.AreEqual(Text, decoded.Text);
    }

    [TestMethod]
    public void BinaryContent_IsRefusedWithItsPosition()
    {
        var decoded = TextDecoder.Decode([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00, 0x9A, 0xFF]);

        Assert.IsNotNull(decoded.Error);
        Assert.Contains("binary", decoded.Error);
    }

    [TestMethod]
    public void InvalidUtf8_IsRefusedWithThePrecedingText()
    {
        var decoded = TextDecoder.Decode([.. Encoding.UTF8.GetBytes("Name: ok\nPort: "), 0xC3, 0x28]);

        Assert.IsNotNull(decoded.Error);
        Assert.AreEqual("Name: ok\nPort: ", decoded.Text);
    }
}
