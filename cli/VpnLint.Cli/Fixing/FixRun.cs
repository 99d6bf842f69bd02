using VpnLint.Cli.Checking;
using VpnLint.Cli.Input;
using VpnLint.Cli.Parsing;

namespace VpnLint.Cli.Fixing;

/// <summary>
/// <c>--fix</c> over a run: plans each file's fixes, checks that the fixed text still parses, and writes it (or, with
/// <c>--dry-run</c>, only keeps it for the diff and the second check). What is not fixed is said, with why: a fix
/// that belongs elsewhere than in the file (a Terraform plan's, in the .tf configuration) is said with where.
/// </summary>
internal sealed class FixRun
{
    public List<FixedFile> Files { get; } = [];

    public List<UnfixedFinding> Unfixed { get; } = [];

    /// <summary>Files that could not be fixed at all (changed since they were read, or cannot be written): errors of the run.</summary>
    public List<string> Errors { get; } = [];

    public int Fixed => Files.Sum(file => file.Fixed);

    public static FixRun Apply(RunResult run, bool write)
    {
        var fixes = new FixRun();
        foreach (var file in run.Files)
        {
            fixes.Unfixed.AddRange(file.Findings.Where(finding => finding.FixElsewhere is not null).Select(finding => new UnfixedFinding(finding, finding.FixElsewhere!)));
            if (file.Document is not { } document || file.Content is not { } content || !file.Findings.Any(finding => finding.Replacement is not null))
            {
                continue;
            }

            var (edits, fixedFindings, unfixed) = FixPlanner.Plan(file, document);
            fixes.Unfixed.AddRange(unfixed);
            if (edits.Count == 0)
            {
                continue;
            }

            var oldText = document.Source.Text;
            var newText = FileFixer.Apply(oldText, edits);
            if (Parse(newText, document.Format).Malformed is not null || TextDecoder.EncodeLike(newText, content) is not { } newContent)
            {
                fixes.Errors.Add($"{file.File.DisplayPath}: not fixed: the fixed text would not read back as the same file; please report it");
                continue;
            }

            if (write && FileFixer.Write(file.File.FullPath, content, newText) is { } failure)
            {
                fixes.Errors.Add($"{file.File.DisplayPath}: not fixed: {failure}");
                continue;
            }

            fixes.Files.Add(new FixedFile(file.File, oldText, newText, newContent, fixedFindings));
        }

        return fixes;
    }

    private static ParsedDocument Parse(string text, FileFormat format)
    {
        var source = new SourceText(text);
        return format == FileFormat.Json ? JsonSourceReader.Read(source) : YamlSourceReader.Read(source);
    }
}
