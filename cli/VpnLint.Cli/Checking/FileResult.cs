using VpnLint.Cli.Input;
using VpnLint.Cli.Parsing;
using VpnLint.Rules.Model;

namespace VpnLint.Cli.Checking;

/// <summary>What checking one file gave.</summary>
internal sealed class FileResult
{
    public FileResult(InputFile file) => File = file;

    public InputFile File { get; }

    /// <summary>The text, for excerpts; null when the file could not be read.</summary>
    public SourceText? Source { get; set; }

    public List<ReportedFinding> Findings { get; } = [];

    /// <summary>The bytes that were checked and what they parsed into, for --fix; null otherwise.</summary>
    public byte[]? Content { get; set; }

    public ParsedDocument? Document { get; set; }

    /// <summary>The spans whose text is a secret and is never shown.</summary>
    public IReadOnlyList<SourceSpan> Secrets { get; set; } = [];

    /// <summary>
    /// Whether the file creates a gateway or holds a server without one, when it was judged alone though it could have
    /// been judged with its folder (<c>bundle: folder</c>): what <see cref="FolderBundleHint"/> weighs. Null otherwise.
    /// </summary>
    public FolderBundleHint.Role? FolderBundleRole { get; set; }

    /// <summary>Found in a folder, and holds nothing of a VPN request.</summary>
    public bool Skipped { get; set; }

    /// <summary>Could not be read at all: counted neither as checked nor as skipped.</summary>
    public bool Unreadable { get; set; }

    public int Suppressed { get; set; }

    /// <summary>Resources of a plan or template whose types VpnLint does not check.</summary>
    public int UncheckedResources { get; set; }

    /// <summary>What the user should know but did not stop the check (a disable comment naming no rule): said on standard error.</summary>
    public List<string> Warnings { get; } = [];

    /// <summary>What stopped part of the check, other than a finding (an unreadable file, a bad bundle context): exit code 2.</summary>
    public List<string> Errors { get; } = [];
}
