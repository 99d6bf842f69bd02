namespace VpnLint.Fuzz;

/// <summary>Inputs from files (the regression fixtures, a reproducer, libFuzzer's and AFL's own) through the target.</summary>
internal static class Replay
{
    public static List<FuzzFailure> Files(FuzzTarget target, IEnumerable<string> paths)
    {
        var files = paths.SelectMany(path => Directory.Exists(path) ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories) : [path])
            .Where(path => SeedCorpus.Extensions.Contains(Path.GetExtension(path)))
            .Order(StringComparer.Ordinal);
        var failures = new List<FuzzFailure>();
        foreach (var file in files)
        {
            var name = Path.GetExtension(file) == SeedCorpus.SniffedExtension ? Path.GetFileNameWithoutExtension(file) : Path.GetFileName(file);
            failures.AddRange(target.Run(FuzzInput.Variants(name, File.ReadAllBytes(file), file)).Failures);
        }

        return failures;
    }

    /// <summary>For libFuzzer and AFL, which see a failure as an exception that escapes.</summary>
    public static void OrThrow(FuzzTarget target, IReadOnlyList<FuzzInput> inputs)
    {
        var failures = target.Run(inputs).Failures;
        if (failures.Count > 0)
        {
            throw new InvalidOperationException(string.Join("\n", failures));
        }
    }
}
