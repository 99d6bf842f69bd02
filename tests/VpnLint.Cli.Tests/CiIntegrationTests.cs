using System.Diagnostics;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using VpnLint.Cli.Tests.Support;
using VpnLint.Rules.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace VpnLint.Cli.Tests;

/// <summary>
/// The ways into CI this repository offers work as written: the composite GitHub Action (action.yml and its script),
/// the sample workflow that uses it, and the pre-commit hooks (.pre-commit-hooks.yaml), which need no package feed.
/// </summary>
[TestClass]
public sealed partial class CiIntegrationTests
{
    [TestMethod]
    public void Action_UsesOnlyInputsItDeclares_AndRunsItsScriptFromItsOwnPath()
    {
        var action = Yaml("action.yml");
        var inputs = Keys(action, "inputs");
        var text = File.ReadAllText(Repository.PathOf("action.yml"));

        var used = InputReference().Matches(text).Select(match => match.Groups["name"].Value).Distinct().ToList();
        CollectionAssert.IsSubsetOf(used, inputs.ToList(), "An expression names an input the action does not declare.");
        CollectionAssert.IsSubsetOf(new[] { "paths", "format", "fail-level", "upload-sarif" }, inputs.ToList());
        Assert.AreEqual("composite", Scalar(Map(action, "runs"), "using"));
        Assert.Contains("$GITHUB_ACTION_PATH/scripts/github-action-check", text);
        Assert.IsTrue(File.Exists(Repository.PathOf("scripts", "github-action-check")));
    }

    [TestMethod]
    public void SampleWorkflow_UsesTheAction_WithInputsItHas_AndInstallsNoPackage()
    {
        var text = File.ReadAllText(Repository.PathOf("samples", "ci", "github-actions.yml"));
        var workflow = Yaml("samples", "ci", "github-actions.yml");
        var inputs = Keys(Yaml("action.yml"), "inputs").ToList();

        var steps = Map(workflow, "jobs").Children.Values.Cast<YamlMappingNode>()
            .SelectMany(job => ((YamlSequenceNode)job.Children[new YamlScalarNode("steps")]).Children.Cast<YamlMappingNode>()).ToList();
        var uses = steps.Where(step => Scalar(step, "uses")?.StartsWith("vpnlint/vpnlint@", StringComparison.Ordinal) == true).ToList();
        Assert.IsNotEmpty(uses, "The sample uses the action of this repository.");
        foreach (var step in uses)
        {
            CollectionAssert.IsSubsetOf(Keys(step, "with").ToList(), inputs);
        }

        Assert.DoesNotContain("dotnet tool install", text, "No feed serves VpnLint.Cli: the action builds it from source.");
        Assert.Contains("security-events: write", text, "upload-sarif needs it.");
    }

    [TestMethod]
    public void PreCommitHooks_AreSystemOrScriptHooks_OnJsonAndYaml_WithTheirEntries()
    {
        var hooks = (YamlSequenceNode)Load(Repository.PathOf(".pre-commit-hooks.yaml"));

        Assert.HasCount(2, hooks.Children);
        foreach (YamlMappingNode hook in hooks.Children)
        {
            var language = Scalar(hook, "language");
            var entry = Scalar(hook, "entry")!;
            CollectionAssert.Contains(new[] { "system", "script" }, language);
            Assert.EndsWith(" check", entry);
            Assert.AreEqual("false", Scalar(hook, "pass_filenames"), "vpnlint finds the request files itself.");
            var files = new Regex(Scalar(hook, "files")!);
            Assert.IsTrue(new[] { "a.json", "b/c.yaml", "d.yml" }.All(files.IsMatch));
            Assert.IsFalse(files.IsMatch("README.md"));
            if (language == "script")
            {
                var script = Repository.PathOf(entry.Split(' ')[0]);
                Assert.IsTrue(File.Exists(script), entry);
                Assert.IsTrue(OperatingSystem.IsWindows() || File.GetUnixFileMode(script).HasFlag(UnixFileMode.UserExecute), $"{script} is executable.");
            }
        }
    }

    [TestMethod]
    public void ActionScript_ReportsAsAnnotations_WritesTheSarif_AndGivesTheExitCode()
    {
        using var folder = new TempFolder();
        folder.Write("infra/vpn/server.yaml", SampleRequests.SslServerYaml.Replace("Port: 1194", "Port: 22", StringComparison.Ordinal));
        folder.Write("infra/vpn/package.json", "{\"name\": \"not a request\"}");
        var outputs = folder.PathOf("github-output");

        // The tool this test project built stands for the one the script builds (the next test builds it).
        var (exitCode, output, error) = Bash(folder.Path, Repository.PathOf("scripts", "github-action-check"), new Dictionary<string, string>
        {
            ["VPNLINT_PATHS"] = "infra/vpn\n",
            ["VPNLINT_FAIL_LEVEL"] = "error",
            ["VPNLINT_ARGS"] = "--severity VPN108=off",
            ["VPNLINT_SARIF_FILE"] = "vpnlint.sarif",
            ["VPNLINT_BUILD_DIR"] = AppContext.BaseDirectory,
            ["GITHUB_OUTPUT"] = outputs,
        });

        Assert.AreEqual(0, exitCode, error);
        Assert.StartsWith("::error file=infra/vpn/server.yaml,line=6,endLine=6,col=7,endColumn=8,title=VPN301::Port 22 is reserved", output);
        Assert.Contains("\"ruleId\": \"VPN301\"", folder.Read("vpnlint.sarif"));
        CollectionAssert.AreEqual(new[] { "exit-code=1", "sarif-file=vpnlint.sarif" }, File.ReadAllLines(outputs));
    }

    [TestMethod]
    public void FromSourceScript_BuildsTheToolOnce_AndRunsIt()
    {
        using var folder = new TempFolder();
        folder.Write("server.yaml", SampleRequests.SslServerYaml.Replace("Port: 1194", "Port: 22", StringComparison.Ordinal));
        var build = Path.Combine(folder.Path, "build");
        var environment = new Dictionary<string, string> { ["VPNLINT_BUILD_DIR"] = build };

        var first = Bash(folder.Path, Repository.PathOf("scripts", "vpnlint-from-source"), environment, "check", "server.yaml");
        var second = Bash(folder.Path, Repository.PathOf("scripts", "vpnlint-from-source"), environment, "check", "server.yaml");

        Assert.AreEqual(1, first.ExitCode, first.Error);
        Assert.StartsWith("server.yaml(6,7): error VPN301", first.Output, "Standard output holds only the report; the build talks on standard error.");
        Assert.Contains("building the tool", first.Error);
        Assert.AreEqual(first.Output, second.Output);
        Assert.DoesNotContain("building the tool", second.Error, "The second run uses the first one's build.");
        using var assembly = new PEReader(File.OpenRead(Path.Combine(build, "vpnlint.dll")));
        Assert.IsGreaterThan(0, assembly.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size, "The tool is published ReadyToRun: its code is precompiled.");
    }

    private static (int ExitCode, string Output, string Error) Bash(string workingDirectory, string script, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash", [script, .. arguments])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.Result);
    }

    private static YamlMappingNode Yaml(params string[] path) => (YamlMappingNode)Load(Repository.PathOf(path));

    private static YamlNode Load(string path)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(path)));
        return stream.Documents.Single().RootNode;
    }

    private static YamlMappingNode Map(YamlMappingNode node, string key) => (YamlMappingNode)node.Children[new YamlScalarNode(key)];

    private static IEnumerable<string> Keys(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? ((YamlMappingNode)child).Children.Keys.Cast<YamlScalarNode>().Select(name => name.Value!) : [];

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? (child as YamlScalarNode)?.Value : null;

    [GeneratedRegex(@"\binputs\.(?<name>[a-z][a-z-]*)")]
    private static partial Regex InputReference();
}
