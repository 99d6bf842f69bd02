namespace VpnLint.Cli.Commands;

/// <summary>Whether a report written to standard output is in colour: the flag, then NO_COLOR, then FORCE_COLOR, then whether it is a terminal.</summary>
internal static class ColorChoice
{
    public static bool UseColor(ColorMode mode, CliConsole console) => mode switch
    {
        ColorMode.Always => true,
        ColorMode.Never => false,
        // no-color.org: set and not empty; force-color.org likewise. NO_COLOR, the user's refusal, wins.
        _ when !string.IsNullOrEmpty(console.Variable("NO_COLOR")) => false,
        _ when !string.IsNullOrEmpty(console.Variable("FORCE_COLOR")) && console.Variable("FORCE_COLOR") != "0" => true,
        _ => console.OutputIsTerminal && console.Variable("TERM") != "dumb",
    };
}
