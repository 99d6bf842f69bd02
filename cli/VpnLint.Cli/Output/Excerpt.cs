using System.Globalization;
using System.Text;
using VpnLint.Cli.Checking;
using VpnLint.Cli.Requests;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Model;

namespace VpnLint.Cli.Output;

/// <summary>
/// The source line of a finding with a caret under its span, every secret on the line replaced by
/// <c>*</c> and control characters escaped (<see cref="PrintableLine"/>); a long line is cut to a window
/// around the span (<see cref="ExcerptWindow"/>), with <c>…</c> where it is cut. When the file could not be
/// parsed no secret can be located, so a file that mentions a secret parameter anywhere shows no excerpt
/// for its VPN001.
/// </summary>
internal static class Excerpt
{
    public const char Mask = '*';

    public const string Cut = "…";

    public static string? Render(FileResult file, ReportedFinding finding)
    {
        var source = file.Source;
        var span = finding.Span;
        if (source is null || span.IsUnknown || span.StartLine > source.LineCount)
        {
            return null;
        }

        if (finding.RuleId == RuleIds.MalformedFile && SecretSpans.MentionsSecret(source.Text))
        {
            return null;
        }

        var lineStart = source.LineStart(span.StartLine);
        var lineEnd = source.LineEnd(span.StartLine);
        var start = Math.Clamp(lineStart + span.StartColumn - 1, lineStart, lineEnd);
        var end = span.EndLine == span.StartLine ? Math.Clamp(lineStart + span.EndColumn - 1, start, lineEnd) : lineEnd;

        // Only what a window can reach is masked and measured (every character takes a column at least):
        // a minified file has one line and may have thousands of findings on it.
        var regionStart = Math.Max(lineStart, start - ExcerptWindow.Width);
        var regionEnd = Math.Min(lineEnd, start + ExcerptWindow.Width);
        var region = Masked(source.Text, regionStart, regionEnd, file.Secrets);
        var (from, to) = ExcerptWindow.Select(region, start - regionStart, end - regionStart);
        var line = new PrintableLine(new string(region, from, to - from));
        var cutBefore = regionStart + from > lineStart;
        var cutAfter = regionStart + to < lineEnd;

        var caretStart = line.DisplayColumn(start - regionStart - from);
        var caretEnd = line.DisplayColumn(Math.Min(end, regionStart + to) - regionStart - from);
        var caret = new StringBuilder(cutBefore ? " " : string.Empty);
        for (var index = 0; index < caretStart; index++)
        {
            caret.Append(line.Text[index] == '\t' ? '\t' : ' ');
        }

        caret.Append('^', Math.Max(1, caretEnd - caretStart));
        var number = span.StartLine.ToString(CultureInfo.InvariantCulture);
        var gutter = new string(' ', number.Length);
        var shown = $"{(cutBefore ? Cut : string.Empty)}{line.Text}{(cutAfter ? Cut : string.Empty)}";
        return $" {number} | {shown}\n {gutter} | {caret}";
    }

    private static char[] Masked(string text, int start, int end, IReadOnlyList<SourceSpan> secrets)
    {
        var characters = text.ToCharArray(start, end - start);
        foreach (var secret in secrets)
        {
            var from = Math.Max(secret.StartOffset - start, 0);
            var to = Math.Min(secret.EndOffset - start, characters.Length);
            for (var index = from; index < to; index++)
            {
                characters[index] = Mask;
            }
        }

        return characters;
    }
}
