using System.Diagnostics;
using System.Text.Json;
using VpnLint.Cli.Tests.Support;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Cli.Tests.Commands;

/// <summary>The built tool as a process, as a user or CI runs it: exit codes, standard output and input.</summary>
[TestClass]
public sealed class ToolProcessTests
{
    [TestMethod]
    public void Samples_AsSarif_ExitOneWithAValidLogOnStandardOutput()
    {
        var result = Run(string.Empty, "check", "samples/requests", "--format", "sarif");

        Assert.AreEqual(1, result.ExitCode, result.ToString());
        Assert.AreEqual(string.Empty, result.Error);
        using var log = JsonDocument.Parse(result.Output);
        Assert.AreEqual("2.1.0", log.RootElement.GetProperty("version").GetString());
    }

    [TestMethod]
    public void StandardInput_IsReadFromAPipe()
    {
        var result = Run(SampleRequests.SslServerYaml.Replace("1194", "22", StringComparison.Ordinal), "check", "-", "--stdin-filename", "vpn.yaml");

        Assert.AreEqual(1, result.ExitCode, result.ToString());
        Assert.AreEqual("vpn.yaml(6,7): error VPN301", string.Join(':', result.OutputLines[0].Split(':').Take(2)));
    }

    [TestMethod]
    public void UsageError_ExitsTwoWithoutAStackTrace()
    {
        var result = Run(string.Empty, "check");

        Assert.AreEqual(2, result.ExitCode, result.ToString());
        Assert.DoesNotContain("   at ", result.Error);
    }

    private static CommandResult Run(string input, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "vpnlint.dll"), .. args])
        {
            WorkingDirectory = Repository.Root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.IsTrue(process.WaitForExit(TimeSpan.FromMinutes(2)), "vpnlint did not finish");
        return new CommandResult(process.ExitCode, output.Result.ReplaceLineEndings("\n"), error.Result.ReplaceLineEndings("\n"));
    }
}
