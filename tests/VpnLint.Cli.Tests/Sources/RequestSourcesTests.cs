using VpnLint.Cli.Input;
using VpnLint.Cli.Parsing;
using VpnLint.Cli.Sources;

namespace VpnLint.Cli.Tests.Sources;

/// <summary>Which source reads a file, told from its top-level keys.</summary>
[TestClass]
public sealed class RequestSourcesTests
{
    [TestMethod]
    [DataRow("""{"format_version": "1.2", "resource_changes": []}""", "Terraform")]
    [DataRow("""{"format_version": "1.2", "planned_values": {}}""", "Terraform")]
    [DataRow("""{"format_version": "1.0", "terraform_version": "1.11.4", "values": {}}""", "Terraform")]
    [DataRow("""{"format_version": "1.0", "values": {}}""", "Requests")]
    [DataRow("""{"ROSTemplateFormatVersion": "2015-09-01", "Resources": {}}""", "Ros")]
    [DataRow("""{"Action": "CreateSslVpnServer", "format_version": "1"}""", "Requests")]
    [DataRow("""[{"format_version": "1.2", "resource_changes": []}]""", "Requests")]
    public void File_IsReadByTheSourceItsKeysName(string json, string expected)
    {
        var document = JsonSourceReader.Read(new SourceText(json));

        Assert.AreEqual(expected, RequestSources.For(document, InputFormat.Auto).Format.ToString());
    }

    [TestMethod]
    public void ForcedFormat_WinsOverTheContent()
    {
        var document = JsonSourceReader.Read(new SourceText("""{"Action": "CreateSslVpnServer"}"""));

        Assert.AreEqual(InputFormat.Ros, RequestSources.For(document, InputFormat.Ros).Format);
    }
}
