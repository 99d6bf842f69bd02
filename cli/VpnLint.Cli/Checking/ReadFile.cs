using VpnLint.Cli.Configuration;
using VpnLint.Cli.Parsing;
using VpnLint.Cli.Requests;

namespace VpnLint.Cli.Checking;

/// <summary>A file between reading and judging (<see cref="FileChecker"/>): its result so far, its configuration, what was found in reading it, and its requests.</summary>
internal sealed class ReadFile
{
    public ReadFile(FileResult result, LintConfig config) => (Result, Config) = (result, config);

    public FileResult Result { get; }

    public LintConfig Config { get; }

    /// <summary>The findings of reading (VPN001, VPN002), then the engine's about this file's requests.</summary>
    public List<ReportedFinding> Findings { get; } = [];

    public ParsedDocument? Document { get; set; }

    /// <summary>The requests found, when the file holds any; null when it could not be read or parsed.</summary>
    public FileRequests? Requests { get; set; }

    /// <summary>Its source lets it be judged with the other files of its folder (<c>bundle: folder</c>), and it has a folder.</summary>
    public bool CanJoinFolder { get; set; }

    /// <summary>
    /// Read only so that the files the run names see its requests, as part of their folder's bundle: not in the run,
    /// its own findings not reported.
    /// </summary>
    public bool ContextOnly { get; init; }

    /// <summary>Judged and given its findings, or with nothing to judge.</summary>
    public bool IsFinished { get; set; }
}
