using System.Text.Json;
using NJsonSchema;
using VpnLint.Cli.Tests.Support;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Cli.Tests.Output;

[TestClass]
public sealed class GitLabReportTests
{
    private static readonly Lazy<JsonSchema> CodeQualitySchema = new(() =>
        JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "gitlab-code-quality.schema.json")).GetAwaiter().GetResult());

    [TestMethod]
    public void SamplesReport_HasTheDocumentedShape_WithAFingerprintUniqueToEachIssue()
    {
        var result = Vpnlint.Run(Repository.Root, "check", "samples/requests", "--format", "gitlab");

        Assert.AreEqual(1, result.ExitCode, result.Error);
        Assert.AreEqual(string.Empty, string.Join("\n", CodeQualitySchema.Value.Validate(result.Output).Select(error => $"{error.Path}: {error.Kind}")));
        var fingerprints = Issues(result.Output).Select(issue => issue.GetProperty("fingerprint").GetString()).ToList();
        Assert.HasCount(60, fingerprints);
        CollectionAssert.AllItemsAreUnique(fingerprints);
    }

    [TestMethod]
    public void Issue_NamesTheRuleSeverityFileAndLines()
    {
        using var folder = new TempFolder();
        folder.Write("infra/server.yaml", SampleRequests.SslServerYaml.Replace("Port: 1194", "Port: 22", StringComparison.Ordinal).Replace("LocalSubnet: 10.0.0.0/8", "LocalSubnet: 10.0.0.1/8", StringComparison.Ordinal));

        var issues = Issues(folder.Run("check", ".", "--format", "gitlab", "--severity", "VPN101=note").Output);

        CollectionAssert.AreEqual(new[] { ("VPN101", "info"), ("VPN301", "major") }, issues.Select(issue => (issue.GetProperty("check_name").GetString(), issue.GetProperty("severity").GetString())).ToArray());
        Assert.AreEqual("infra/server.yaml", issues[1].GetProperty("location").GetProperty("path").GetString());
        Assert.AreEqual(6, issues[1].GetProperty("location").GetProperty("lines").GetProperty("begin").GetInt32());
        Assert.StartsWith("Port 22 is reserved by the service", issues[1].GetProperty("description").GetString());
    }

    [TestMethod]
    public void Fingerprint_IsStableWhenLinesMoveAndOnEveryMachine_AndTellsTwoOfAKindApart()
    {
        using var folder = new TempFolder();
        var server = SampleRequests.SslServerYaml.Replace("Port: 1194", "Port: 22", StringComparison.Ordinal);
        folder.Write("server.yaml", server);
        var before = Issues(folder.Run("check", ".", "--format", "gitlab").Output).Single().GetProperty("fingerprint").GetString();
        folder.Write("server.yaml", "# a comment that moves every line\n\n" + server);
        var after = Issues(folder.Run("check", ".", "--format", "gitlab").Output).Single().GetProperty("fingerprint").GetString();
        using var elsewhere = new TempFolder();
        elsewhere.Write("server.yaml", server);
        var onAnotherMachine = Issues(elsewhere.Run("check", ".", "--format", "gitlab").Output).Single().GetProperty("fingerprint").GetString();

        Assert.AreEqual(before, after);
        Assert.AreEqual(before, onAnotherMachine);
        var twice = Issues(folder.Run("check", ".", "--format", "gitlab", "--severity", "VPN007=off").Output);
        Assert.HasCount(1, twice);
        folder.Write("server.yaml", server + "Port: 22\n");
        var repeated = Issues(folder.Run("check", ".", "--format", "gitlab", "--severity", "VPN007=off").Output);
        Assert.HasCount(2, repeated);
        Assert.AreNotEqual(repeated[0].GetProperty("fingerprint").GetString(), repeated[1].GetProperty("fingerprint").GetString());
    }

    private static List<JsonElement> Issues(string report)
    {
        using var document = JsonDocument.Parse(report);
        return document.RootElement.EnumerateArray().Select(issue => issue.Clone()).ToList();
    }
}
