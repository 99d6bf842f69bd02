using System.Text;
using System.Text.Json;
using YamlDotNet.Core;

namespace VpnLint.Bench;

/// <summary>
/// The baseline: find the same files, read them, and parse them with the same parsers vpnlint uses
/// (System.Text.Json, YamlDotNet's parser events), on every core, with no rules and no output.
/// </summary>
internal static class ParseOnly
{
    public static int Run(string folder)
    {
        var files = Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
            .Where(file => file.EndsWith(".json", StringComparison.Ordinal) || file.EndsWith(".yaml", StringComparison.Ordinal) || file.EndsWith(".yml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();
        long tokens = 0;
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, file =>
        {
            var bytes = File.ReadAllBytes(file);
            Interlocked.Add(ref tokens, file.EndsWith(".json", StringComparison.Ordinal) ? Json(bytes) : Yaml(bytes));
        });
        Console.WriteLine($"{files.Length} files, {tokens} tokens");
        return 0;
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
