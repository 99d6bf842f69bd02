using VpnLint.Cli.Input;
using VpnLint.Rules;
using VpnLint.Rules.Model;

namespace VpnLint.Cli.Parsing;

/// <summary>
/// What a parser made of a file: its documents (one for JSON, one per document of a YAML stream) in the
/// neutral model with exact spans, its comments (for inline suppressions), or the VPN001 finding that
/// stopped it.
/// </summary>
internal sealed class ParsedDocument
{
    public ParsedDocument(SourceText source, FileFormat format, IReadOnlyList<RequestValue> documents, IReadOnlyList<SourceComment> comments, Finding? malformed = null)
    {
        Source = source;
        Format = format;
        Documents = documents;
        Comments = comments;
        Malformed = malformed;
    }

    public SourceText Source { get; }

    public FileFormat Format { get; }

    public IReadOnlyList<RequestValue> Documents { get; }

    public IReadOnlyList<SourceComment> Comments { get; }

    /// <summary>
    /// The YAML aliases the documents use, with the anchored values they repeat: a value that is a secret
    /// where an alias uses it is one where it is written too.
    /// </summary>
    public IReadOnlyList<AliasUse> Aliases { get; init; } = [];

    /// <summary>VPN001, when the file could not be parsed; then <see cref="Documents"/> is empty.</summary>
    public Finding? Malformed { get; }

    public static string FormatName(FileFormat format) => format == FileFormat.Json ? "JSON" : "YAML";
}

/// <summary>A comment of a YAML file: its line, its text after the <c>#</c> and the column where that starts, and whether code stands before it on that line.</summary>
internal sealed record SourceComment(int Line, int Column, string Text, bool IsInline);
