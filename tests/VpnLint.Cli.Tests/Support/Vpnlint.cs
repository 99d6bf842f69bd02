using System.Text;
using VpnLint.Cli.Commands;

namespace VpnLint.Cli.Tests.Support;

/// <summary>Runs the real command in-process, through its entry point, in a working folder of the test's choosing.</summary>
internal static class Vpnlint
{
    public static CommandResult Run(string workingDirectory, params string[] args) => Run(workingDirectory, [], args);

    public static CommandResult RunWithInput(string workingDirectory, string standardInput, params string[] args) =>
        Run(workingDirectory, Encoding.UTF8.GetBytes(standardInput), args);

    public static CommandResult Run(string workingDirectory, byte[] standardInput, string[] args) => Run(workingDirectory, standardInput, args, terminal: false);

    /// <summary>The command as a terminal (or a pipe) with these environment variables would run it.</summary>
    public static CommandResult Run(string workingDirectory, byte[] standardInput, string[] args, bool terminal, IReadOnlyDictionary<string, string>? environment = null)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var console = new CliConsole(output, error, () => new MemoryStream(standardInput), workingDirectory, terminal, name => environment?.GetValueOrDefault(name));
        var exitCode = VpnLintCommand.Run(args, console);
        return new CommandResult(exitCode, output.ToString(), error.ToString());
    }
}

internal sealed record CommandResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";

    public string[] OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
