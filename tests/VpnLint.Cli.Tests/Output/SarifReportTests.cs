using System.Diagnostics;
using System.Text.Json;
using Microsoft.CodeAnalysis.Sarif;
using NJsonSchema;
using VpnLint.Cli.Tests.Support;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Cli.Tests.Output;

[TestClass]
public sealed class SarifReportTests
{
    /// <summary>The SARIF 2.1.0 schema as Sarif.Sdk 5.8.0 ships it (Schemata/sarif-2.1.0.json), vendored in Fixtures.</summary>
    private static readonly Lazy<JsonSchema> SarifSchema = new(() =>
        JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "sarif-2.1.0.json")).GetAwaiter().GetResult());

    [TestMethod]
    public void SamplesReport_IsValidSarif210()
    {
        var result = Vpnlint.Run(Repository.Root, "check", "samples/requests", "--format", "sarif");

        var errors = SarifSchema.Value.Validate(result.Output);

        Assert.AreEqual(string.Empty, string.Join("\n", errors.Select(error => $"{error.Path}: {error.Kind}")));
    }

    [TestMethod]
    [DataRow(null, "stdin", null)]
    [DataRow("infra/server.yaml", "infra/server.yaml", "SRCROOT")]
    public void StandardInput_IsLocatedByTheNameItIsGiven(string? name, string uri, string? uriBaseId)
    {
        string[] args = name is null ? ["check", "-", "--format", "sarif"] : ["check", "-", "--format", "sarif", "--stdin-filename", name];

        var result = Vpnlint.RunWithInput(Repository.Root, SampleRequests.SslServerYaml.Replace("1194", "22", StringComparison.Ordinal), args);

        var location = FirstLocation(result.Output);
        Assert.AreEqual(uri, location.GetProperty("uri").GetString(), result.ToString());
        Assert.AreEqual(uriBaseId, location.TryGetProperty("uriBaseId", out var baseId) ? baseId.GetString() : null);
    }

    [TestMethod]
    public void FileOutsideTheWorkingFolder_IsLocatedByItsAbsoluteUri()
    {
        using var outside = new TempFolder();
        using var working = new TempFolder();
        var path = outside.Write("server.yaml", SampleRequests.SslServerYaml.Replace("1194", "22", StringComparison.Ordinal));

        var result = working.Run("check", path, "--format", "sarif");

        var location = FirstLocation(result.Output);
        Assert.AreEqual(new Uri(path).AbsoluteUri, location.GetProperty("uri").GetString(), result.ToString());
        Assert.IsFalse(location.TryGetProperty("uriBaseId", out _), "SRCROOT cannot hold a file outside it.");
    }

    private static JsonElement FirstLocation(string sarif)
    {
        using var document = JsonDocument.Parse(sarif);
        var result = document.RootElement.GetProperty("runs")[0].GetProperty("results")[0];
        return result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").Clone();
    }

    [TestMethod]
    public void Report_HasTheRunShapeCodeScanningNeeds()
    {
        var result = Vpnlint.Run(Repository.Root, "check", "samples/requests/CreateSslVpnServer/invalid.yaml", "--format", "sarif");

        using var document = JsonDocument.Parse(result.Output);
        var run = document.RootElement.GetProperty("runs").EnumerateArray().Single();
        var driver = run.GetProperty("tool").GetProperty("driver");
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.AreEqual("vpnlint", driver.GetProperty("name").GetString());
        Assert.HasCount(RuleCatalog.All.Count, rules);
        foreach (var (rule, descriptor) in rules.Zip(RuleCatalog.All))
        {
            Assert.AreEqual(descriptor.Id, rule.GetProperty("id").GetString());
            Assert.AreEqual(descriptor.HelpUri, rule.GetProperty("helpUri").GetString());
            Assert.IsFalse(string.IsNullOrEmpty(rule.GetProperty("help").GetProperty("markdown").GetString()));
            Assert.AreEqual(descriptor.Category, rule.GetProperty("properties").GetProperty("category").GetString());
            Assert.AreEqual(descriptor.Tags.Contains("security"), rule.GetProperty("properties").TryGetProperty("security-severity", out _), descriptor.Id);
        }

        var first = run.GetProperty("results").EnumerateArray().First();
        Assert.AreEqual("VPN104", first.GetProperty("ruleId").GetString());
        Assert.AreEqual(RuleCatalog.All.ToList().FindIndex(rule => rule.Id == "VPN104"), first.GetProperty("ruleIndex").GetInt32());
        var location = first.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.AreEqual("samples/requests/CreateSslVpnServer/invalid.yaml", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.AreEqual("SRCROOT", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        Assert.AreEqual(4, location.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.AreEqual(15, location.GetProperty("region").GetProperty("startColumn").GetInt32());
        Assert.AreEqual("ClientIpPool.SubnetInvalid", first.GetProperty("properties").GetProperty("errorCode").GetString());
        Assert.IsTrue(run.GetProperty("originalUriBaseIds").TryGetProperty("SRCROOT", out _));
        Assert.AreEqual("vpnlint/", run.GetProperty("automationDetails").GetProperty("id").GetString());
    }

    /// <summary>
    /// The SDK reads the log back into its object model, as tools built on it (the multitool, viewers, converters)
    /// do: every member vpnlint writes lands where SARIF puts it, with the SDK's types and defaults.
    /// </summary>
    [TestMethod]
    public void Report_ReadsBackIntoSarifSdksObjectModel()
    {
        var result = Vpnlint.Run(Repository.Root, "check", "samples", "--format", "sarif");

        var log = Newtonsoft.Json.JsonConvert.DeserializeObject<SarifLog>(result.Output)!;

        Assert.AreEqual(SarifVersion.Current, log.Version);
        var run = log.Runs.Single();
        Assert.AreEqual(ColumnKind.Utf16CodeUnits, run.ColumnKind);
        Assert.AreEqual(new Uri(Repository.Root + "/").AbsoluteUri, run.OriginalUriBaseIds["SRCROOT"].Uri.AbsoluteUri);
        CollectionAssert.AreEqual(RuleCatalog.All.Select(rule => rule.Id).ToList(), run.Tool.Driver.Rules.Select(rule => rule.Id).ToList());
        foreach (var (descriptor, rule) in run.Tool.Driver.Rules.Zip(RuleCatalog.All))
        {
            Assert.AreEqual(Level(rule.DefaultSeverity), descriptor.DefaultConfiguration.Level, rule.Id);
            Assert.AreEqual(rule.Name, descriptor.Name);
            Assert.AreEqual(rule.HelpUri, descriptor.HelpUri.AbsoluteUri);
            CollectionAssert.IsSubsetOf(rule.Tags.ToList(), descriptor.GetProperty<string[]>("tags"));
        }

        Assert.IsNotEmpty(run.Results);
        Assert.IsTrue(run.Invocations.Single().ExecutionSuccessful);
        foreach (var sarifResult in run.Results)
        {
            var rule = run.Tool.Driver.Rules[sarifResult.RuleIndex];
            Assert.AreEqual(rule.Id, sarifResult.RuleId);
            Assert.IsTrue(sarifResult.Message.Text.EndsWith('.') || sarifResult.Message.Text.EndsWith('?'), sarifResult.Message.Text);
            var region = sarifResult.Locations.Single().PhysicalLocation.Region;
            Assert.IsTrue(region.StartLine >= 1 && region.EndLine >= region.StartLine && region.StartColumn >= 1, sarifResult.RuleId);
            Assert.AreEqual(32, sarifResult.PartialFingerprints[VpnLint.Cli.Output.SarifReport.FingerprintName].Length);
            Assert.IsNotNull(sarifResult.GetProperty("path"));
        }

        var planned = run.Results.Where(sarifResult => sarifResult.Locations[0].LogicalLocations?.Count > 0).ToList();
        Assert.IsNotEmpty(planned, "The Terraform sample's findings name their resource.");
        Assert.IsTrue(planned.All(sarifResult => sarifResult.Locations[0].LogicalLocations[0].Kind == LogicalLocationKind.Resource));
    }

    [TestMethod]
    public void RunWithErrors_IsAnUnsuccessfulInvocation_WithANotificationPerError()
    {
        using var folder = new TempFolder();
        folder.Write("server.yaml", SampleRequests.SslServerYaml);

        var result = folder.Run("check", "server.yaml", "missing.yaml", "--format", "sarif");

        var invocation = Newtonsoft.Json.JsonConvert.DeserializeObject<SarifLog>(result.Output)!.Runs.Single().Invocations.Single();
        Assert.IsFalse(invocation.ExecutionSuccessful);
        Assert.AreEqual("missing.yaml: no such file or folder.", invocation.ToolExecutionNotifications.Single().Message.Text);
        Assert.AreEqual(FailureLevel.Error, invocation.ToolExecutionNotifications.Single().Level);
    }

    [TestMethod]
    public void Fingerprints_DoNotDependOnLinesOrTheMachinesFolder()
    {
        using var first = new TempFolder();
        using var second = new TempFolder();
        var text = SampleRequests.SslServerYaml.Replace("1194", "22", StringComparison.Ordinal);
        first.Write("vpn/server.yaml", text);
        second.Write("vpn/server.yaml", "# moved down\n\n" + text);

        var one = Fingerprints(first.Run("check", "vpn", "--format", "sarif").Output);
        var other = Fingerprints(second.Run("check", "vpn", "--format", "sarif").Output);

        Assert.HasCount(1, one);
        CollectionAssert.AreEqual(one, other);
    }

    /// <summary>
    /// The official validator with GitHub's rules. `.ci/run` installs it from npm
    /// (@microsoft/sarif-multitool-linux) into artifacts/tools; elsewhere the test says how to.
    /// </summary>
    [TestMethod]
    public void SamplesReport_PassesTheSarifMultitoolWithGitHubRules()
    {
        var tool = Repository.PathOf("artifacts", "tools", "node_modules", "@microsoft", "sarif-multitool-linux", "Sarif.Multitool");
        if (!File.Exists(tool))
        {
            var message = $"The SARIF validator is not installed: run `npm install --prefix artifacts/tools @microsoft/sarif-multitool-linux@5.7.0` in the repository (.ci/run does). Looked for {tool}.";
            if (Environment.GetEnvironmentVariable("CI") == "true")
            {
                Assert.Fail(message);
            }

            Assert.Inconclusive(message);
        }

        using var folder = new TempFolder();
        var result = Vpnlint.Run(Repository.Root, "check", "samples/requests", "--format", "sarif", "--output", folder.PathOf("samples.sarif"));
        Assert.AreEqual(1, result.ExitCode, result.ToString());

        var validation = folder.PathOf("validation.sarif");
        var start = new ProcessStartInfo(tool, ["validate", "--rule-kind", "Sarif;Gh", "--level", "Error;Warning", "--output", validation, folder.PathOf("samples.sarif")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        Assert.IsTrue(process.WaitForExit(TimeSpan.FromMinutes(3)), "the validator did not finish");

        using var report = JsonDocument.Parse(File.ReadAllText(validation));
        var problems = report.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Where(problem => problem.TryGetProperty("level", out var level) && level.GetString() == "error")
            .Select(problem => problem.GetProperty("ruleId").GetString() + " " + string.Join(", ", problem.GetProperty("message").GetProperty("arguments").EnumerateArray()))
            .ToList();
        Assert.AreEqual(string.Empty, string.Join("\n", problems), output);
        Assert.Contains("Analysis completed successfully", output);
    }

    private static FailureLevel Level(VpnLint.Rules.Severity severity) => severity switch
    {
        VpnLint.Rules.Severity.Error => FailureLevel.Error,
        VpnLint.Rules.Severity.Warning => FailureLevel.Warning,
        _ => FailureLevel.Note,
    };

    private static List<string> Fingerprints(string sarif)
    {
        using var document = JsonDocument.Parse(sarif);
        return document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(result => result.GetProperty("partialFingerprints").GetProperty(VpnLint.Cli.Output.SarifReport.FingerprintName).GetString()!)
            .ToList();
    }
}
