using VpnLint.Cli.Checking;
using VpnLint.Cli.Parsing;
using VpnLint.Cli.Requests;
using VpnLint.Rules.Model;

namespace VpnLint.Cli.Fixing;

/// <summary>
/// Which of a file's reported findings <c>--fix</c> applies, and how: each finding with a replacement becomes an edit
/// of its span, written in the file's syntax (<see cref="ReplacementSyntax"/>), unless it would write into a secret,
/// cross lines, or overlap an edit already planned: of two overlapping fixes the first in the file is applied and the
/// other reported (the same edit asked twice is made once). Suppressed and baselined findings are not reported, so
/// never fixed.
/// </summary>
internal static class FixPlanner
{
    /// <summary>The edits, the findings they fix (an edit asked by two findings fixes both), and the findings left unfixed.</summary>
    public static (IReadOnlyList<TextEdit> Edits, int Fixed, IReadOnlyList<UnfixedFinding> Unfixed) Plan(FileResult file, ParsedDocument document)
    {
        var source = document.Source.Text;
        var secrets = SecretSpans.Find(document);
        var edits = new List<TextEdit>();
        var unfixed = new List<UnfixedFinding>();
        var fixedFindings = 0;
        var candidates = file.Findings.Where(finding => finding.Replacement is not null)
            .OrderBy(finding => finding.Span.StartOffset).ThenBy(finding => finding.Span.EndOffset).ThenBy(finding => finding.RuleId, StringComparer.Ordinal);
        foreach (var finding in candidates)
        {
            var span = finding.Span;
            var reason = span.StartLine != span.EndLine ? "the value spans lines; fix it by hand"
                : secrets.Any(secret => secret.StartOffset < span.EndOffset && span.StartOffset < secret.EndOffset) ? "it is inside a secret, which VpnLint never writes"
                : null;
            string? text = null;
            if (reason is null && ScalarHolding(document, span) is { } scalar)
            {
                (text, reason) = ReplacementSyntax.Write(source, document.Format, scalar, span, finding.Replacement!);
            }
            else
            {
                reason ??= "no single value of the file holds it";
            }

            if (text is null)
            {
                unfixed.Add(new UnfixedFinding(finding, reason!));
                continue;
            }

            var edit = new TextEdit(span.StartOffset, span.EndOffset, text, finding);
            if (edits.Count > 0 && edits[^1] is var previous && edit.Start < previous.End)
            {
                if (edit.Start == previous.Start && edit.End == previous.End && edit.NewText == previous.NewText)
                {
                    fixedFindings++;
                }
                else
                {
                    var at = previous.Finding.Span;
                    unfixed.Add(new UnfixedFinding(finding, $"it overlaps the fix of {previous.Finding.RuleId} at ({at.StartLine},{at.StartColumn}), which was applied; run --fix again"));
                }

                continue;
            }

            edits.Add(edit);
            fixedFindings++;
        }

        return (edits, fixedFindings, unfixed);
    }

    /// <summary>The innermost scalar of the file whose span holds <paramref name="span"/>.</summary>
    private static RequestValue? ScalarHolding(ParsedDocument document, SourceSpan span)
    {
        foreach (var root in document.Documents)
        {
            if (Find(root, span) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static RequestValue? Find(RequestValue value, SourceSpan span)
    {
        if (value.Span.StartOffset > span.StartOffset || value.Span.EndOffset < span.EndOffset)
        {
            return null;
        }

        switch (value)
        {
            case ObjectValue mapping:
                foreach (var member in mapping.Members)
                {
                    if (Find(member.Value, span) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case ArrayValue list:
                foreach (var item in list.Items)
                {
                    if (Find(item, span) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            default:
                return value;
        }
    }
}
