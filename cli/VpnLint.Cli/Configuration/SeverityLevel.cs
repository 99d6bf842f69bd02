using VpnLint.Rules;

namespace VpnLint.Cli.Configuration;

/// <summary>The words configuration and flags use for a severity: error, warning, note, and off for a rule.</summary>
internal static class SeverityLevel
{
    public const string Words = "error, warning, note or off";

    /// <summary>True when <paramref name="word"/> is a level; <paramref name="severity"/> is null for off.</summary>
    public static bool TryParse(string word, out Severity? severity)
    {
        severity = null;
        switch (word.Trim().ToLowerInvariant())
        {
            case "error":
                severity = Severity.Error;
                return true;
            case "warning":
                severity = Severity.Warning;
                return true;
            case "note":
                severity = Severity.Note;
                return true;
            case "off":
            case "none":
                return true;
            default:
                return false;
        }
    }

    public static string Name(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };
}
