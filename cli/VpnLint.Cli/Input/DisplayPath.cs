namespace VpnLint.Cli.Input;

/// <summary>How output names a file: relative to the working folder when inside it, with forward slashes.</summary>
internal static class DisplayPath
{
    public static string Of(string workingDirectory, string fullPath)
    {
        var relative = Path.GetRelativePath(workingDirectory, fullPath);
        var display = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
        return display.Replace('\\', '/');
    }
}
