using System.Text;
using VpnLint.Cli.Checking;
using VpnLint.Cli.Requests;
using VpnLint.Rules.Catalog;

namespace VpnLint.Cli.Output;

/// <summary>
/// The source line of a finding with a caret under its span, every secret on the line replaced by
/// <c>*</c> and control characters escaped (<see cref="PrintableLine"/>). When the file could not be parsed no secret can be located, so a file that mentions a
/// secret parameter anywhere shows no excerpt for its VPN001.
/// </summary>
internal static class Excerpt
{
    public const char Mask = '*';

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

        var masked = Masked(source.Line(span.StartLine), source.LineStart(span.StartLine), file);
        var start = Math.Min(span.StartColumn - 1, masked.Length);
        var end = span.EndLine == span.StartLine ? Math.Min(span.EndColumn - 1, masked.Length) : masked.Length;
        var line = new PrintableLine(masked);
        var number = span.StartLine.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var gutter = new string(' ', number.Length);
        var caret = new StringBuilder();
        for (var index = 0; index < line.DisplayColumn(start); index++)
        {
            caret.Append(line.Text[index] == '\t' ? '\t' : ' ');
        }

        caret.Append('^', Math.Max(1, line.DisplayColumn(end) - line.DisplayColumn(start)));
        return $" {number} | {line.Text}\n {gutter} | {caret}";
    }

    private static string Masked(string line, int lineStart, FileResult file)
    {
        var characters = line.ToCharArray();
        foreach (var secret in file.Secrets)
        {
            var from = Math.Max(secret.StartOffset - lineStart, 0);
            var to = Math.Min(secret.EndOffset - lineStart, characters.Length);
            for (var index = from; index < to; index++)
            {
                characters[index] = Mask;
            }
        }

        return new string(characters);
    }
}
