namespace VpnLint.Cli.Input;

/// <summary>Reads a file VpnLint itself uses (a configuration, a baseline), or says in plain words why it cannot.</summary>
internal static class ToolFile
{
    /// <summary>The file's text, or null with an error that names it as <paramref name="displayPath"/>, a <paramref name="kind"/> ("configuration", "baseline").</summary>
    public static string? ReadText(string path, string displayPath, string kind, List<string> errors)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            errors.Add(displayPath + ": " + (
                Directory.Exists(path) ? $"is a folder, not a {kind} file"
                : error is FileNotFoundException or DirectoryNotFoundException ? $"no such {kind} file"
                : $"cannot read the {kind}: " + error.Message));
            return null;
        }
    }
}
