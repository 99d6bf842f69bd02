using System.Xml.Linq;
using VpnLint.Cli.Tests.Support;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Cli.Tests.Output;

[TestClass]
public sealed class CheckstyleReportTests
{
    private const string Schema = "checkstyle-report-1.0.0.xsd";

    [TestMethod]
    public void SamplesReport_IsValidAgainstCheckstylesSchema()
    {
        var result = Vpnlint.Run(Repository.Root, "check", "samples/requests", "--format", "checkstyle");

        Assert.AreEqual(1, result.ExitCode, result.Error);
        Assert.AreEqual(string.Empty, ReportSchemas.XmlErrors(result.Output, Schema));
        Assert.HasCount(23, XDocument.Parse(result.Output).Root!.Elements("file"));
    }

    [TestMethod]
    public void Finding_IsAnErrorElementWithItsPositionSeverityAndSource()
    {
        using var folder = new TempFolder();
        folder.Write("server.yaml", SampleRequests.SslServerYaml.Replace("Port: 1194", "Port: 22", StringComparison.Ordinal).Replace("LocalSubnet: 10.0.0.0/8", "LocalSubnet: 10.0.0.1/8", StringComparison.Ordinal));

        var errors = XDocument.Parse(folder.Run("check", ".", "--format", "checkstyle").Output).Descendants("error").ToList();

        CollectionAssert.AreEqual(
            new[] { ("5", "14", "warning", "vpnlint.VPN101"), ("6", "7", "error", "vpnlint.VPN301") },
            errors.Select(error => ((string)error.Attribute("line")!, (string)error.Attribute("column")!, (string)error.Attribute("severity")!, (string)error.Attribute("source")!)).ToArray());
        Assert.StartsWith("Port 22 is reserved", (string)errors[1].Attribute("message")!);
    }

    [TestMethod]
    public void NoteAndRunErrors_AreInfoAndExceptions()
    {
        using var folder = new TempFolder();
        folder.Write("server.yaml", SampleRequests.SslServerYaml.Replace("Port: 1194", "Port: 22", StringComparison.Ordinal));

        var result = folder.Run("check", "server.yaml", "missing.yaml", "--format", "checkstyle", "--severity", "VPN301=note");

        var report = XDocument.Parse(result.Output).Root!;
        Assert.AreEqual(string.Empty, ReportSchemas.XmlErrors(result.Output, Schema));
        Assert.AreEqual("info", (string)report.Descendants("error").Single().Attribute("severity")!);
        Assert.AreEqual("missing.yaml: no such file or folder", report.Element("exception")!.Value);
    }
}
