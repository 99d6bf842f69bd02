using System.Xml.Linq;
using VpnLint.Cli.Tests.Support;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Cli.Tests.Output;

[TestClass]
public sealed class JUnitReportTests
{
    private const string Schema = "junit-10.xsd";

    [TestMethod]
    public void SamplesReport_IsValidAgainstTheJUnitSchema()
    {
        var result = Vpnlint.Run(Repository.Root, "check", "samples/requests", "--format", "junit");

        Assert.AreEqual(1, result.ExitCode, result.Error);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites", result.Output);
        Assert.AreEqual(string.Empty, ReportSchemas.XmlErrors(result.Output, Schema));
    }

    [TestMethod]
    public void EachFileIsASuite_EachFindingAFailedCase_AndACleanFileAPassingOne()
    {
        using var folder = new TempFolder();
        folder.Write("clean.yaml", SampleRequests.SslServerYaml);
        folder.Write("ports.yaml", SampleRequests.SslServerYaml.Replace("Port: 1194", "Port: 22", StringComparison.Ordinal).Replace("LocalSubnet: 10.0.0.0/8", "LocalSubnet: 10.0.0.1/8", StringComparison.Ordinal));

        var report = XDocument.Parse(folder.Run("check", ".", "--format", "junit").Output);

        var root = report.Root!;
        Assert.AreEqual(("3", "2", "0"), ((string)root.Attribute("tests")!, (string)root.Attribute("failures")!, (string)root.Attribute("errors")!));
        var clean = root.Elements("testsuite").Single(suite => (string)suite.Attribute("name")! == "clean.yaml");
        Assert.IsEmpty(clean.Descendants("failure"));
        Assert.HasCount(1, clean.Elements("testcase"));
        var failures = root.Elements("testsuite").Single(suite => (string)suite.Attribute("name")! == "ports.yaml").Descendants("failure").ToList();
        CollectionAssert.AreEqual(new[] { "warning", "error" }, failures.Select(failure => (string)failure.Attribute("type")!).ToArray());
        Assert.StartsWith("Port 22 is reserved by the service", (string)failures[1].Attribute("message")!);
        Assert.Contains("ports.yaml(6,7): error VPN301:", failures[1].Value);
        Assert.AreEqual("VPN301 Port (6,7)", (string)failures[1].Parent!.Attribute("name")!);
    }

    [TestMethod]
    public void RunErrors_AreErroredCasesOfTheirOwnSuite_AndTheReportStaysValid()
    {
        using var folder = new TempFolder();
        folder.Write("clean.yaml", SampleRequests.SslServerYaml);

        var result = folder.Run("check", "clean.yaml", "missing.yaml", "--format", "junit");

        Assert.AreEqual(2, result.ExitCode);
        Assert.AreEqual(string.Empty, ReportSchemas.XmlErrors(result.Output, Schema));
        var error = XDocument.Parse(result.Output).Descendants("error").Single();
        Assert.AreEqual("missing.yaml: no such file or folder", (string)error.Attribute("message")!);
    }

    [TestMethod]
    public void ControlCharactersOfAFileName_AreEscaped_AsXmlCannotHoldThem()
    {
        using var folder = new TempFolder();
        folder.Write("bell\u0007.yaml", SampleRequests.SslServerYaml.Replace("Port: 1194", "Port: 22", StringComparison.Ordinal));

        var result = folder.Run("check", ".", "--format", "junit");

        Assert.AreEqual(string.Empty, ReportSchemas.XmlErrors(result.Output, Schema));
        Assert.Contains("bell\\u0007.yaml", result.Output);
    }
}
