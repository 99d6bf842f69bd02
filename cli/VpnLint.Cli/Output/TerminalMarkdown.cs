using System.Text;
using System.Text.RegularExpressions;
using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;

namespace VpnLint.Cli.Output;

/// <summary>
/// A rule page's Markdown as text for a terminal (<c>vpnlint explain</c>): headings underlined, tables aligned, code
/// blocks indented, and no link the installed tool cannot open: a link to one of the API pages names that page's
/// title (not its file name), a link to another rule names the rule, a link to a file of the repository
/// gives its address on GitHub, and any other link its address.
/// </summary>
internal static partial class TerminalMarkdown
{
    private const string Indent = "    ";
    private const string SpecificationPages = "../specification/pages/";

    public static string Render(string markdown, bool color)
    {
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        var output = new StringBuilder();
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index];
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                index = CodeBlock(lines, index, output);
            }
            else if (line.StartsWith('|'))
            {
                index = Table(lines, index, output);
            }
            else if (Heading().Match(line) is { Success: true } heading)
            {
                var text = Inline(heading.Groups["text"].Value);
                output.Append(color ? AnsiStyle.Emphasis(text) : text).Append('\n');
                if (heading.Groups["level"].Length <= 2)
                {
                    output.Append(heading.Groups["level"].Length == 1 ? '=' : '-', text.Length).Append('\n');
                }
            }
            else
            {
                output.Append(Inline(line)).Append('\n');
            }
        }

        return output.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>A fenced block, indented and without its fences; returns the index of the closing fence.</summary>
    private static int CodeBlock(string[] lines, int start, StringBuilder output)
    {
        var fence = lines[start].TrimStart();
        var marker = fence[..(fence.Length - fence.TrimStart('`').Length)];
        var indent = lines[start].Length - fence.Length;
        var index = start + 1;
        for (; index < lines.Length && !lines[index].TrimStart().StartsWith(marker, StringComparison.Ordinal); index++)
        {
            var content = lines[index].Length >= indent && string.IsNullOrWhiteSpace(lines[index][..indent]) ? lines[index][indent..] : lines[index].TrimStart();
            output.Append(new string(' ', indent)).Append(Indent).Append(content).Append('\n');
        }

        return index;
    }

    /// <summary>A table's rows with their columns aligned, without the line under the header; returns the index of its last row.</summary>
    private static int Table(string[] lines, int start, StringBuilder output)
    {
        var rows = new List<string[]>();
        var index = start;
        for (; index < lines.Length && lines[index].StartsWith('|'); index++)
        {
            var cells = lines[index].Trim().Trim('|').Split('|').Select(cell => Inline(cell.Trim())).ToArray();
            if (!cells.All(cell => cell.Length > 0 && cell.All(character => character is '-' or ':')))
            {
                rows.Add(cells);
            }
        }

        var columns = rows.Max(row => row.Length);
        var widths = Enumerable.Range(0, columns).Select(column => rows.Max(row => column < row.Length ? row[column].Length : 0)).ToArray();
        foreach (var row in rows)
        {
            output.Append(string.Join("  ", row.Select((cell, column) => column == row.Length - 1 ? cell : cell.PadRight(widths[column]))).TrimEnd()).Append('\n');
        }

        return index - 1;
    }

    private static string Inline(string text)
    {
        text = Link().Replace(text, link => LinkText(link.Groups["text"].Value, link.Groups["target"].Value));
        text = Bold().Replace(text, bold => bold.Groups["text"].Value);
        return text.Replace("`", string.Empty, StringComparison.Ordinal);
    }

    private static string LinkText(string text, string target)
    {
        if (target.StartsWith(SpecificationPages, StringComparison.Ordinal) &&
            Api.All.FirstOrDefault(api => api.PageFile == target[SpecificationPages.Length..]) is { } page)
        {
            return "the page " + page.PageTitle;
        }

        if (RuleIdLink().Match(target) is { Success: true } rule)
        {
            // A rule named by its ID needs no more: `vpnlint explain` takes it.
            return text == rule.Groups["id"].Value ? text : $"{text} (vpnlint explain {rule.Groups["id"].Value})";
        }

        if (target.Contains("://", StringComparison.Ordinal))
        {
            return $"{text} ({target})";
        }

        // Another file of the repository: its address beside the rule pages'.
        return $"{text} ({new Uri(new Uri(RuleCatalog.DocumentationBaseUri), target).AbsoluteUri})";
    }

    [GeneratedRegex(@"^(?<level>#{1,6})\s+(?<text>.*)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"\[(?<text>[^\]]*)\]\((?<target>[^)\s]+)\)")]
    private static partial Regex Link();

    /// <summary>Bold text starts with a letter or digit: a masked ID (<c>vpn-bp1****</c>) is not bold.</summary>
    [GeneratedRegex(@"\*\*(?<text>[A-Za-z0-9][^*]*)\*\*")]
    private static partial Regex Bold();

    [GeneratedRegex(@"^(?<id>VPN\d{3})\.md(#.*)?$")]
    private static partial Regex RuleIdLink();
}
