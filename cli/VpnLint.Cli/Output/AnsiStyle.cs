using VpnLint.Rules;

namespace VpnLint.Cli.Output;

/// <summary>The ANSI colours of the text report on a terminal: severity, rule ID, caret and summary counts.</summary>
internal static class AnsiStyle
{
    private const string Reset = "\u001b[0m";
    private const string Bold = "\u001b[1m";
    private const string Red = "\u001b[31m";
    private const string Yellow = "\u001b[33m";
    private const string Cyan = "\u001b[36m";

    public static string Of(Severity severity) => severity switch
    {
        Severity.Error => Red,
        Severity.Warning => Yellow,
        _ => Cyan,
    };

    /// <summary>The text in bold and the severity's colour.</summary>
    public static string Strong(string text, Severity severity) => Bold + Of(severity) + text + Reset;

    public static string Colored(string text, Severity severity) => Of(severity) + text + Reset;

    public static string Emphasis(string text) => Bold + text + Reset;

    /// <summary>An excerpt with its caret run in the severity's colour; the source line above it is left as it is.</summary>
    public static string CaretColored(string excerpt, Severity severity)
    {
        var caretLine = excerpt.LastIndexOf('\n') + 1;
        var first = excerpt.IndexOf('^', caretLine);
        if (first < 0)
        {
            return excerpt;
        }

        var last = excerpt.LastIndexOf('^');
        return excerpt[..first] + Colored(excerpt[first..(last + 1)], severity) + excerpt[(last + 1)..];
    }
}
