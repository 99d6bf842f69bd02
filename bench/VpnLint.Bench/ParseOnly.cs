using System.Text;
using System.Text.Json;
using VpnLint.Cli.Input;
using VpnLint.Cli.Parsing;
using YamlDotNet.Core;

namespace VpnLint.Bench;

/// <summary>
/// The baselines: find the same files and read them on every core, with no rules and no output. The located
/// baseline parses them as vpnlint does before any rule runs: decoded, and read into the located model
/// (every key and value with its line and column) by vpnlint's own readers. The raw floor parses them with
/// the bare parsers underneath (System.Text.Json's document, YamlDotNet's events), locating nothing.
/// </summary>
internal static class ParseOnly
{
    public static int Run(string folder, bool located)
    {
        var files = Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
            .Where(file => file.EndsWith(".json", StringComparison.Ordinal) || file.EndsWith(".yaml", StringComparison.Ordinal) || file.EndsWith(".yml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();
        long tokens = 0;
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, file =>
        {
            var bytes = File.ReadAllBytes(file);
            var json = file.EndsWith(".json", StringComparison.Ordinal);
            Interlocked.Add(ref tokens, located ? Located(bytes, json) : json ? Json(bytes) : Yaml(bytes));
        });
        Console.WriteLine($"{files.Length} files, {tokens} tokens");
        return 0;
    }

    private static long Located(byte[] bytes, bool json)
    {
        var source = new SourceText(TextDecoder.Decode(bytes).Text);
        var document = json ? JsonSourceReader.Read(source) : YamlSourceReader.Read(source);
        return document.Documents.Count;
    }

    private static long Json(byte[] bytes)
    {
        using var document = JsonDocument.Parse(bytes);
        return document.RootElement.GetRawText().Length > 0 ? 1 : 0;
    }

    private static long Yaml(byte[] bytes)
    {
        var parser = new Parser(new Scanner(new StringReader(Encoding.UTF8.GetString(bytes)), skipComments: false));
        long events = 0;
        while (parser.MoveNext())
        {
            events++;
        }

        return events;
    }
}
