using System.CommandLine;
using VpnLint.Rules.Engine;

namespace VpnLint.Cli.Commands;

/// <summary>
/// Usage errors in VpnLint's words, for every command alike: System.CommandLine's own ("Unrecognized command or
/// argument '--fromat'.") name no command and suggest nothing. A mistyped option names the one meant.
/// </summary>
internal static class UsageErrors
{
    public static IReadOnlyList<string> Of(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        var messages = parse.UnmatchedTokens.Select(token => Unmatched(token, command)).ToList();
        foreach (var error in parse.Errors)
        {
            var message = error.Message;
            if (parse.UnmatchedTokens.Any(token => message.Contains($"'{token}'", StringComparison.Ordinal)) ||
                (messages.Count > 0 && command is RootCommand))
            {
                // Said above, in the user's words; a missing command is what a mistyped one leaves.
                continue;
            }

            messages.Add(message.StartsWith("Required argument missing", StringComparison.Ordinal) && command.Arguments.Count > 0
                ? $"{command.Name} needs its {command.Arguments[0].Name} argument: {(command.Arguments[0].Description ?? string.Empty).TrimEnd('.')}"
                : message.TrimEnd('.'));
        }

        return messages;
    }

    /// <summary>A token the command does not take: a mistyped option or command, or an argument too many.</summary>
    public static string Unmatched(string token, Command command)
    {
        var help = $"`{FullName(command)} --help` lists them";
        var name = command is RootCommand ? "vpnlint" : command.Name;
        if (token.Length > 1 && token[0] == '-')
        {
            var names = command.Options.Where(option => !option.Hidden).SelectMany(option => option.Aliases.Append(option.Name));
            return $"{token} is not an option of {name}{Meant(token, names)}; {help}";
        }

        if (command.Subcommands.Count > 0)
        {
            return $"{token} is not a command of {name}{Meant(token, command.Subcommands.Select(subcommand => subcommand.Name))}; {help}";
        }

        return command.Arguments.Count == 0
            ? $"{command.Name} takes no argument, not {token}; `{FullName(command)} --help` says what it takes"
            : $"{token} is one argument too many for {command.Name}; `{FullName(command)} --help` says what it takes";
    }

    public static string FullName(Command command) => command is RootCommand ? "vpnlint" : "vpnlint " + command.Name;

    private static string Meant(string token, IEnumerable<string> names) =>
        NameSuggestion.Closest(token, names) is { } meant ? $" (did you mean {meant}?)" : string.Empty;
}
