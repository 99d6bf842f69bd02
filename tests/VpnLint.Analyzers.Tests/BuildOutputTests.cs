using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using VpnLint.Analyzers.Tests.Support;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Analyzers.Tests;

/// <summary>
/// What a user gets from the command line: `dotnet build samples/sdk` shows the analyzers' diagnostics,
/// `dotnet pack` makes a package that holds the three assemblies and nothing that leaks, and a project
/// that references the package sees the diagnostics. These run the real CLI, one at a time.
/// </summary>
[TestClass]
[DoNotParallelize]
public sealed partial class BuildOutputTests
{
    [TestMethod]
    public void SampleBuild_ShowsTheAnalyzersDiagnostics()
    {
        var (exitCode, output) = DotnetCli.Run(
            Repository.Root, "build", "samples/sdk/VpnLint.Samples.Sdk.csproj", "-c", DotnetCli.Configuration, "--no-dependencies", "-tl:off");

        Assert.AreEqual(1, exitCode, "The sample's errors are on purpose: its build fails.\n" + output);
        CollectionAssert.AreEqual(
            new[]
            {
                "26 error VPN600", "36 error VPN200", "37 warning VPN101", "38 error VPN301", "39 error VPN006",
                "47 error VPN003", "52 error VPN107", "53 error VPN407", "54 error VPN501",
                "66 error VPN200", "67 warning VPN304", "76 warning VPN606",
            },
            Diagnostics(output, "Program.cs"),
            output);
        Assert.Contains("3 Warning(s)", output, "The sample has no diagnostics but VpnLint's.");
        Assert.Contains("9 Error(s)", output);
    }

    [TestMethod]
    public void Package_HoldsTheAnalyzerAssemblies_AndNothingThatLeaks()
    {
        var packages = Directory.CreateTempSubdirectory("vpnlint-package-");
        try
        {
            var package = Pack(packages.FullName);
            using var archive = ZipFile.OpenRead(package);

            CollectionAssert.AreEquivalent(
                new[] { "README.md", "LICENSE", "analyzers/dotnet/cs/VpnLint.Analyzers.dll", "analyzers/dotnet/cs/VpnLint.CodeFixes.dll", "analyzers/dotnet/cs/VpnLint.Rules.dll" },
                archive.Entries.Select(entry => entry.FullName).Where(IsContent).ToArray());
            var metadata = Nuspec(archive).Root!.Elements().Single(element => element.Name.LocalName == "metadata");
            Assert.AreEqual("VpnLint.Analyzers", Value(metadata, "id"));
            Assert.AreEqual("true", Value(metadata, "developmentDependency"));
            Assert.AreEqual("README.md", Value(metadata, "readme"));
            Assert.AreEqual("MIT", Value(metadata, "license"));
            Assert.AreEqual("https://github.com/vpnlint/vpnlint", Value(metadata, "projectUrl"));
            Assert.AreEqual("https://github.com/vpnlint/vpnlint.git", metadata.Elements().Single(element => element.Name.LocalName == "repository").Attribute("url")?.Value);
            Assert.IsFalse(metadata.Elements().Any(element => element.Name.LocalName is "dependencies" or "frameworkAssemblies" or "frameworkReferences"), metadata.ToString());
        }
        finally
        {
            packages.Delete(recursive: true);
        }
    }

    [TestMethod]
    public void ProjectReferencingThePackage_SeesTheDiagnostics()
    {
        var work = Directory.CreateTempSubdirectory("vpnlint-consumer-");
        try
        {
            var feed = Directory.CreateDirectory(Path.Combine(work.FullName, "feed")).FullName;
            var version = Path.GetFileNameWithoutExtension(Pack(feed))["VpnLint.Analyzers.".Length..];
            var consumer = Directory.CreateDirectory(Path.Combine(work.FullName, "consumer")).FullName;
            WriteConsumer(consumer, feed, version);

            var (exitCode, output) = DotnetCli.Run(consumer, "build", "-tl:off", "-p:RestorePackagesPath=" + Path.Combine(work.FullName, "packages"));

            Assert.AreEqual(1, exitCode, output);
            CollectionAssert.AreEqual(new[] { "9 error VPN102", "9 error VPN301", "9 warning VPN200" }, Diagnostics(output, "Program.cs"), output);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static string Pack(string outputDirectory)
    {
        var (exitCode, output) = DotnetCli.Run(
            Repository.Root, "pack", "analyzers/VpnLint.Analyzers.Package/VpnLint.Analyzers.Package.csproj", "--no-build", "-c", DotnetCli.Configuration, "-o", outputDirectory);
        Assert.AreEqual(0, exitCode, output);
        Assert.DoesNotContain("warning", output, "dotnet pack gives no warning.");
        return Directory.GetFiles(outputDirectory, "VpnLint.Analyzers.*.nupkg").Single();
    }

    private static void WriteConsumer(string directory, string feed, string version)
    {
        File.WriteAllText(Path.Combine(directory, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>disable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="VpnLint.Analyzers" Version="{version}" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <configuration>
              <packageSources>
                <clear />
                <add key="vpnlint" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(directory, "Program.cs"), """
            using AlibabaCloud.SDK.Vpc20160428.Models;

            public static class Program
            {
                public static void Main()
                {
                    var request = new CreateSslVpnServerRequest
                    {
                        ClientIpPool = "192.168.100.0/30", Port = 443,
                    };
                }
            }
            """);
        var stubs = Repository.PathOf("samples", "sdk", "Stubs");
        foreach (var stub in Directory.GetFiles(stubs, "*.cs", SearchOption.AllDirectories))
        {
            var target = Path.Combine(directory, "Stubs", Path.GetRelativePath(stubs, stub));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(stub, target);
        }
    }

    /// <summary>"line severity ID" of each VpnLint diagnostic in a file, once each, in order.</summary>
    private static string[] Diagnostics(string output, string file) =>
        [.. DiagnosticLine().Matches(output)
            .Where(match => match.Groups["file"].Value.EndsWith(Path.DirectorySeparatorChar + file, StringComparison.Ordinal))
            .Select(match => $"{match.Groups["line"].Value} {match.Groups["severity"].Value} {match.Groups["id"].Value}")
            .Distinct()
            .Order(StringComparer.Ordinal)
            .OrderBy(entry => int.Parse(entry.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture))];

    private static bool IsContent(string entry) =>
        !entry.StartsWith("_rels/", StringComparison.Ordinal) && !entry.StartsWith("package/", StringComparison.Ordinal) &&
        entry != "[Content_Types].xml" && !entry.EndsWith(".nuspec", StringComparison.Ordinal);

    private static XDocument Nuspec(ZipArchive archive)
    {
        using var stream = archive.Entries.Single(entry => entry.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        return XDocument.Load(stream);
    }

    private static string? Value(XElement metadata, string name) =>
        metadata.Elements().SingleOrDefault(element => element.Name.LocalName == name)?.Value;

    [GeneratedRegex(@"^\s*(?<file>[^\s(]+)\((?<line>\d+),\d+\): (?<severity>error|warning) (?<id>VPN\d{3}):", RegexOptions.Multiline)]
    private static partial Regex DiagnosticLine();
}
