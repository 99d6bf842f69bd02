using VpnLint.Cli.Parsing;

namespace VpnLint.Cli.Checking;

/// <summary>A file to check: where it is, how output names it, which parser reads it, and whether the user named it.</summary>
internal sealed record InputFile(string FullPath, string DisplayPath, FileFormat? Format, bool Explicit)
{
    public const string StandardInputName = "<stdin>";

    /// <summary>Standard input's content, read before the checks start; null for a file on disk.</summary>
    public byte[]? Content { get; init; }

    public bool IsStandardInput => Content is not null;

    /// <summary>Standard input that <c>--stdin-filename</c> names is that file for configuration, baselines and SARIF.</summary>
    public bool NameGiven { get; init; }

    /// <summary>Standard input without a name: no folder, configuration path or SARIF location belongs to it.</summary>
    public bool IsAnonymous => IsStandardInput && !NameGiven;

    public static FileFormat? FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".json" => FileFormat.Json,
        ".yaml" or ".yml" => FileFormat.Yaml,
        _ => null,
    };
}
