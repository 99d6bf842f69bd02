using System.Text.Json;
using VpnLint.Cli.Input;
using VpnLint.Cli.Parsing;
using VpnLint.Cli.Requests;
using VpnLint.Rules.Model;

namespace VpnLint.Cli.Checking;

/// <summary>
/// A record of accepted findings (<c>--write-baseline</c>), so that a team adopting VpnLint on an
/// existing repository sees only new ones (<c>--baseline</c>). Findings are counted by file (relative to
/// the baseline file's folder), rule and parameter path, never by line: moving a request, or editing
/// another, does not revive them; a second finding of the same kind in the same place is new.
/// </summary>
internal static class Baseline
{
    private const int FormatVersion = 1;

    public static void Write(string path, IEnumerable<ReportedFinding> findings)
    {
        var baseDirectory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var counts = new SortedDictionary<(string File, string Rule, string Path), int>();
        foreach (var finding in findings)
        {
            var key = (FindingKey.RelativeFile(finding.File, baseDirectory), finding.RuleId, finding.QualifiedPath);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        using var stream = File.Create(path);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n" });
        writer.WriteStartObject();
        writer.WriteNumber("version", FormatVersion);
        writer.WriteString("tool", "vpnlint");
        writer.WriteStartArray("findings");
        foreach (var ((file, rule, parameter), count) in counts)
        {
            writer.WriteStartObject();
            writer.WriteString("file", file);
            writer.WriteString("rule", rule);
            writer.WriteString("path", parameter);
            writer.WriteNumber("count", count);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        stream.WriteByte((byte)'\n');
    }

    /// <summary>The accepted count of each key, or null with an error located in the file when it cannot be used.</summary>
    public static Dictionary<string, int>? Read(string path, string displayPath, List<string> errors)
    {
        if (ToolFile.ReadText(path, displayPath, "baseline", errors) is not { } text)
        {
            return null;
        }

        var source = new SourceText(text);
        var document = JsonSourceReader.Read(source);
        var start = source.Span(0, 0);
        if (document.Malformed is { } malformed)
        {
            return Unusable(displayPath, malformed.Span, "it is not valid JSON", errors);
        }

        if (document.Documents.Count != 1 || document.Documents[0] is not ObjectValue root)
        {
            return Unusable(displayPath, start, "it must be an object with a version and a list of findings", errors);
        }

        if (root.Get("version") is not NumberValue { IsInteger: true, Value: FormatVersion })
        {
            return Unusable(displayPath, root.Get("version")?.Span ?? root.Span, $"its version must be {FormatVersion}, the format this VpnLint writes", errors);
        }

        if (root.Get("findings") is not ArrayValue findings)
        {
            return Unusable(displayPath, root.Get("findings")?.Span ?? root.Span, "its findings must be a list", errors);
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in findings.Items)
        {
            if (entry is not ObjectValue finding || finding.Get("file") is not StringValue file || finding.Get("rule") is not StringValue rule || finding.Get("path") is not StringValue parameter)
            {
                return Unusable(displayPath, entry.Span, "each of its findings has a file, a rule and a path, each a text, and a count", errors);
            }

            if (finding.Get("count") is not NumberValue { IsInteger: true, Value: >= 1 and <= int.MaxValue } count)
            {
                return Unusable(displayPath, finding.Get("count")?.Span ?? finding.Span, "a finding's count must be a whole number of at least 1", errors);
            }

            var key = FindingKey.Of(file.Text, rule.Text, parameter.Text);
            counts[key] = (int)Math.Min(int.MaxValue, (long)counts.GetValueOrDefault(key) + (long)count.Value);
        }

        return counts;
    }

    private static Dictionary<string, int>? Unusable(string path, SourceSpan span, string problem, List<string> errors)
    {
        errors.Add(ContextReader.Located(path, span, $"cannot use the baseline: {problem}; fix it, or write it again with --write-baseline"));
        return null;
    }

    /// <summary>Removes from each file's findings those the baseline accepts; returns how many it removed.</summary>
    public static int Apply(string path, Dictionary<string, int> accepted, IEnumerable<FileResult> results)
    {
        var baseDirectory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var removed = 0;
        foreach (var result in results)
        {
            removed += result.Findings.RemoveAll(finding =>
            {
                var key = FindingKey.Of(FindingKey.RelativeFile(finding.File, baseDirectory), finding.RuleId, finding.QualifiedPath);
                if (accepted.TryGetValue(key, out var left) && left > 0)
                {
                    accepted[key] = left - 1;
                    return true;
                }

                return false;
            });
        }

        return removed;
    }
}
