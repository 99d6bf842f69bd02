using VpnLint.Cli.Requests;
using VpnLint.Cli.Sources;
using VpnLint.Rules;

namespace VpnLint.Cli.Checking;

/// <summary>What the command line says for a run; each setting given here wins over the configuration file's.</summary>
internal sealed class CheckSettings
{
    /// <summary>Per rule, from <c>--severity VPN108=off</c>: its severity, or null when off.</summary>
    public Dictionary<string, Severity?> Severities { get; } = new(StringComparer.OrdinalIgnoreCase);

    public FileContext Context { get; set; } = FileContext.Empty;

    public Severity? FailLevel { get; set; }

    public long? MaxFileSize { get; set; }

    /// <summary>How every file's requests are written, from <c>--input-format</c>; by default each file's content tells.</summary>
    public InputFormat InputFormat { get; set; }

    public string? ConfigPath { get; set; }

    /// <summary><c>--bundle-folder</c>: every folder's request files are one bundle, whatever the configuration says.</summary>
    public bool BundleFolder { get; set; }

    /// <summary>
    /// The files this run reads or writes besides the requests (<c>--config</c>, <c>--baseline</c>,
    /// <c>--write-baseline</c>, <c>--output</c>), as full paths: a folder scan never takes them for requests.
    /// </summary>
    public HashSet<string> ToolFiles { get; } = new(StringComparer.Ordinal);

    /// <summary>VPN003 to VPN006 through the JSON Schemas (the default) or the engine's own walk: the same findings; the benchmark compares the two.</summary>
    public bool ValidateWithSchemas { get; set; } = true;

    /// <summary>Keep each file's text after checking it, for excerpts; off, a large run holds no file's text.</summary>
    public bool KeepSource { get; set; }

    /// <summary>Keep each file's bytes and parsed document after checking it, for --fix.</summary>
    public bool KeepForFixing { get; set; }

    /// <summary>The content to check instead of a file's own, by full path: the fixed text of --fix --dry-run.</summary>
    public IReadOnlyDictionary<string, byte[]>? ContentOverrides { get; set; }

    public string WorkingDirectory { get; set; } = Environment.CurrentDirectory;

    public DateTimeOffset Now { get; set; } = DateTimeOffset.UtcNow;
}
