using System.Collections.Concurrent;
using VpnLint.Cli.Input;

namespace VpnLint.Cli.Configuration;

/// <summary>
/// Finds the configuration of each checked file: the nearest <c>vpnlint.yaml</c> or <c>.vpnlint.yaml</c>
/// in its folder or above (the nearest one alone applies; they do not merge), or the one <c>--config</c>
/// names for every file. Each file is read once, however many files it governs.
/// </summary>
internal sealed class ConfigDiscovery
{
    private readonly string? explicitPath;
    private readonly string workingDirectory;
    private readonly ConcurrentDictionary<string, Lazy<LintConfig>> byDirectory = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<LintConfig>> byFile = new(StringComparer.Ordinal);
    private readonly List<string> errors = [];

    public ConfigDiscovery(string? explicitPath, string workingDirectory)
    {
        this.explicitPath = explicitPath is null ? null : Path.GetFullPath(explicitPath);
        this.workingDirectory = workingDirectory;
    }

    /// <summary>What was wrong in the configuration files read so far.</summary>
    public IReadOnlyList<string> Errors
    {
        get
        {
            lock (errors)
            {
                return [.. errors];
            }
        }
    }

    public LintConfig For(string directory)
    {
        if (explicitPath is not null)
        {
            return Load(explicitPath);
        }

        return byDirectory.GetOrAdd(directory, folder => new Lazy<LintConfig>(() => Discover(folder))).Value;
    }

    private LintConfig Discover(string directory)
    {
        foreach (var name in ConfigLoader.FileNames)
        {
            var candidate = Path.Combine(directory, name);
            if (File.Exists(candidate))
            {
                return Load(candidate);
            }
        }

        var parent = Path.GetDirectoryName(directory);
        return parent is null || parent == directory ? LintConfig.Defaults(directory) : For(parent);
    }

    private LintConfig Load(string path) =>
        byFile.GetOrAdd(path, file => new Lazy<LintConfig>(() =>
        {
            var found = new List<string>();
            var config = ConfigLoader.Load(file, DisplayPath.Of(workingDirectory, file), found);
            lock (errors)
            {
                errors.AddRange(found);
            }

            return config;
        })).Value;
}
