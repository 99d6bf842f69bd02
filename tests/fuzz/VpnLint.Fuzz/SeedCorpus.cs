namespace VpnLint.Fuzz;

/// <summary>
/// The files mutations start from: the repository's sample requests, the fuzz seeds (secrets planted under
/// every kind of secret key, anchors, merge keys, tags, streams, Huawei certificates) and every regression
/// fixture, so that an input that once broke a property is mutated further.
/// </summary>
internal static class SeedCorpus
{
    /// <summary>The extensions of seed files; <c>.input</c> marks a file checked under a name without one, so the checker sniffs its format.</summary>
    public static readonly string[] Extensions = [".json", ".yaml", ".yml", SniffedExtension];

    public const string SniffedExtension = ".input";

    public static IReadOnlyList<Seed> Load(string repository)
    {
        var folders = new[] { Path.Combine(repository, "samples", "requests"), SeedFolder(repository), RegressionFolder(repository) };
        var seeds = folders
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            .Where(path => Extensions.Contains(Path.GetExtension(path)))
            .Order(StringComparer.Ordinal)
            .Select(path => new Seed(Path.GetRelativePath(repository, path), File.ReadAllText(path), Path.GetExtension(path) == SniffedExtension ? "" : Path.GetExtension(path)))
            .ToList();
        return seeds.Count > 0 ? seeds : throw new InvalidOperationException($"no seed files under {repository}");
    }

    public static string SeedFolder(string repository) => Path.Combine(repository, "tests", "fuzz", "seeds");

    public static string RegressionFolder(string repository) => Path.Combine(repository, "tests", "fuzz", "regressions");

    /// <summary>The repository this program was built in: the nearest folder above its binaries with VpnLint.sln.</summary>
    public static string FindRepository()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "VpnLint.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Run the fuzz target from its build output inside the repository.");
    }
}
