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
        var regionStart = WholeCharacterAt(source.Text, Math.Max(lineStart, start - ExcerptWindow.Width));
        var regionEnd = WholeCharacterAt(source.Text, Math.Min(lineEnd, start + ExcerptWindow.Width));
        var region = Masked(source.Text, regionStart, regionEnd, file.Secrets);
        var (from, to) = ExcerptWindow.Select(region, start - regionStart, end - regionStart);
        var window = new string(region, from, to - from);
        var line = new PrintableLine(window);
        var cutBefore = regionStart + from > lineStart;
        var cutAfter = regionStart + to < lineEnd;

        var caretFrom = Math.Min(start - regionStart - from, window.Length);
        var caretTo = Math.Min(end - regionStart - from, window.Length);
        var caret = new StringBuilder(cutBefore ? " " : string.Empty);
        for (var index = 0; index < caretFrom; index++)
        {
            var advance = line.DisplayColumn(index + 1) - line.DisplayColumn(index);
            caret.Append(window[index] == '\t' ? '\t' : ' ', window[index] == '\t' ? 1 : advance);
        }

        caret.Append('^', Math.Max(1, line.DisplayColumn(caretTo) - line.DisplayColumn(caretFrom)));
        var number = span.StartLine.ToString(CultureInfo.InvariantCulture);
        var gutter = new string(' ', number.Length);
        var shown = $"{(cutBefore ? Cut : string.Empty)}{line.Text}{(cutAfter ? Cut : string.Empty)}";
        return $" {number} | {shown}\n {gutter} | {caret}";
    }

    /// <summary>An offset moved back off the second half of a surrogate pair, so that no excerpt shows half a character.</summary>
    private static int WholeCharacterAt(string text, int offset) =>
        offset > 0 && offset < text.Length && char.IsLowSurrogate(text[offset]) && char.IsHighSurrogate(text[offset - 1]) ? offset - 1 : offset;

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
