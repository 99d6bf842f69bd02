using VpnLint.Cli.Commands;

return VpnLintCommand.Run(args, CliConsole.FromSystem());
