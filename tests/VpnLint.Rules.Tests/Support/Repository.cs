namespace VpnLint.Rules.Tests.Support;

/// <summary>Finds files of the repository from the test's output folder.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>The text between <c>&lt;!-- name:start ... --&gt;</c> and <c>&lt;!-- name:end --&gt;</c> of a file.</summary>
    public static string GeneratedSection(string file, string name)
    {
        var text = File.ReadAllText(file).ReplaceLineEndings("\n");
        var start = text.IndexOf($"<!-- {name}:start", StringComparison.Ordinal);
        var end = text.IndexOf($"<!-- {name}:end -->", StringComparison.Ordinal);
        Assert.IsTrue(start >= 0 && end > start, $"{file} has no '{name}' section markers.");
        var contentStart = text.IndexOf('\n', start) + 1;
        return text[contentStart..end];
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "VpnLint.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The tests run outside the repository: no VpnLint.sln above " + AppContext.BaseDirectory);
    }
}
