using System.IO.Compression;
using System.Reflection;
using System.Xml.Linq;
using VpnLint.Analyzers.Tests.Support;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Cli.Tests;

/// <summary>`dotnet pack cli/VpnLint.Cli` makes the tool's package with no warning, and it says what it is: readme, licence, addresses.</summary>
[TestClass]
public sealed class PackageTests
{
    [TestMethod]
    public void ToolPackage_CarriesReadmeLicenceAndAddresses_AndPacksWithoutWarning()
    {
        var packages = Directory.CreateTempSubdirectory("vpnlint-tool-package-");
        try
        {
            var configuration = typeof(PackageTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
            var (exitCode, output) = DotnetCli.Run(Repository.Root, "pack", "cli/VpnLint.Cli/VpnLint.Cli.csproj", "--no-build", "-c", configuration, "-o", packages.FullName);

            Assert.AreEqual(0, exitCode, output);
            Assert.DoesNotContain("warning", output);
            using var archive = ZipFile.OpenRead(Directory.GetFiles(packages.FullName, "VpnLint.Cli.*.nupkg").Single());
            var entries = archive.Entries.Select(entry => entry.FullName).ToList();
            CollectionAssert.IsSubsetOf(new[] { "README.md", "LICENSE", "tools/net10.0/any/vpnlint.dll", "tools/net10.0/any/DotnetToolSettings.xml" }, entries);
            using var nuspec = archive.Entries.Single(entry => entry.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
            var metadata = XDocument.Load(nuspec).Root!.Elements().Single(element => element.Name.LocalName == "metadata");
            Assert.AreEqual("MIT", Value(metadata, "license"));
            Assert.AreEqual("README.md", Value(metadata, "readme"));
            Assert.AreEqual("https://github.com/vpnlint/vpnlint", Value(metadata, "projectUrl"));
            Assert.AreEqual("https://github.com/vpnlint/vpnlint.git", metadata.Elements().Single(element => element.Name.LocalName == "repository").Attribute("url")?.Value);
            Assert.AreEqual("MIT License", File.ReadLines(Repository.PathOf("LICENSE")).First());
        }
        finally
        {
            packages.Delete(recursive: true);
        }
    }

    private static string? Value(XElement metadata, string name) => metadata.Elements().SingleOrDefault(element => element.Name.LocalName == name)?.Value;
}
