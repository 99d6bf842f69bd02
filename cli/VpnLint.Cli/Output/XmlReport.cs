using System.Xml;
using VpnLint.Rules;

namespace VpnLint.Cli.Output;

/// <summary>
/// What the XML reports (JUnit, Checkstyle) share: an XML writer over the report's output that declares UTF-8, and
/// text made safe for XML 1.0, which cannot hold most control characters even escaped: they are written as
/// <c>\u001B</c>, as messages already are (a file name may hold one).
/// </summary>
internal static class XmlReport
{
    public static XmlWriter Create(TextWriter output)
    {
        output.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        return XmlWriter.Create(output, new XmlWriterSettings
        {
            OmitXmlDeclaration = true,
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            CloseOutput = false,
        });
    }

    public static string Text(string text) => PrintableText.Of(text);
}
