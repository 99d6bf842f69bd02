using VpnLint.Cli.Requests;
using VpnLint.Rules;

namespace VpnLint.Cli.Configuration;

/// <summary>
/// A <c>vpnlint.yaml</c> (or <c>.vpnlint.yaml</c>): rule severities (<c>rules:</c>), the context the requests do not carry,
/// which files a folder scan takes, which findings to ignore, the failure level and the size limit.
/// Globs are relative to the file's folder.
/// </summary>
internal sealed class LintConfig
{
    public const long DefaultMaxFileSize = 10 * 1024 * 1024;

    public LintConfig(string directory, string? path) => (Directory, Path) = (directory, path);

    /// <summary>The folder the globs are relative to.</summary>
    public string Directory { get; }

    /// <summary>The file, or null for the defaults when no file is found.</summary>
    public string? Path { get; }

    /// <summary>Per rule: its severity, or null when it is off.</summary>
    public Dictionary<string, Severity?> Severities { get; } = new(StringComparer.OrdinalIgnoreCase);

    public FileContext Context { get; set; } = FileContext.Empty;

    public List<string> Include { get; } = [];

    public List<string> Exclude { get; } = [];

    public List<IgnoreEntry> Ignore { get; } = [];

    public Severity? FailLevel { get; set; }

    public long? MaxFileSize { get; set; }

    /// <summary><c>bundle: folder</c>: the request files of a folder are checked together, as one bundle.</summary>
    public bool BundleFolder { get; set; }

    public static LintConfig Defaults(string directory) => new(directory, null);
}

/// <summary>An <c>ignore:</c> entry: findings of these rules (all when none), in files matching these globs, at these parameter paths.</summary>
internal sealed record IgnoreEntry(IReadOnlyList<string> Files, IReadOnlyList<string> Rules, IReadOnlyList<string> Parameters);
