using System.CommandLine;
using VpnLint.Cli.Checking;
using VpnLint.Cli.Output;
using VpnLint.Cli.Schemas;

namespace VpnLint.Cli.Commands;

/// <summary>The command line: <c>check</c>, <c>rules</c>, <c>explain</c>, <c>schema</c>, <c>--version</c>. A usage error is exit code 2.</summary>
internal static class VpnLintCommand
{
    public static int Run(string[] args, CliConsole console)
    {
        if (args.Length > 0 && args[0] == "check")
        {
            SchemaStore.PreloadInBackground();
        }

        var root = new RootCommand("vpnlint: checks Alibaba Cloud VPN gateway and Huawei Cloud P2C VPN requests before they are sent.")
        {
            CheckCommand.Create(console),
            RulesCommand.Create(console),
            ExplainCommand.Create(console),
            SchemaCommand.Create(console),
        };
        ToolVersion.Use(root, console.Output);
        var parse = root.Parse(args);
        var configuration = new InvocationConfiguration { Output = console.Output, Error = console.Error, EnableDefaultExceptionHandler = false };
        if (args.Length == 0)
        {
            // No command is a usage error, but the help it needs is more use than "Required command was not provided".
            root.Parse(["--help"]).Invoke(configuration);
            return ExitCodes.UsageOrInput;
        }

        if (parse.Errors.Count > 0)
        {
            foreach (var error in UsageErrors.Of(parse))
            {
                console.Error.WriteLine("vpnlint: error: " + error);
            }

            console.Error.WriteLine($"Run '{UsageErrors.FullName(parse.CommandResult.Command)} --help' for usage.");
            return ExitCodes.UsageOrInput;
        }

        try
        {
            return parse.Invoke(configuration);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            console.Error.WriteLine($"vpnlint: error: VpnLint failed ({error.GetType().Name}: {error.Message}); please report it");
            return ExitCodes.UsageOrInput;
        }
    }
}
