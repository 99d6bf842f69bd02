using System.Text.Json;

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
            var key = (FindingKey.RelativeFile(finding.File, baseDirectory), finding.RuleId, finding.Path);
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

    /// <summary>The accepted count of each key, or null with an error when the file cannot be used.</summary>
    public static Dictionary<string, int>? Read(string path, List<string> errors)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var entry in document.RootElement.GetProperty("findings").EnumerateArray())
            {
                var key = FindingKey.Of(entry.GetProperty("file").GetString()!, entry.GetProperty("rule").GetString()!, entry.GetProperty("path").GetString()!);
                counts[key] = counts.GetValueOrDefault(key) + entry.GetProperty("count").GetInt32();
            }

            return counts;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            errors.Add($"{path}: cannot use the baseline: {error.Message}");
            return null;
        }
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
                var key = FindingKey.Of(FindingKey.RelativeFile(finding.File, baseDirectory), finding.RuleId, finding.Path);
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
