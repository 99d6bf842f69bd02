using System.Collections.Concurrent;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using VpnLint.Rules.Apis;

namespace VpnLint.Cli.Schemas;

/// <summary>The committed schemas of schema/, embedded in the tool, each read once (see <see cref="SchemaReader"/>).</summary>
internal static class SchemaStore
{
    private static readonly ConcurrentDictionary<ApiKind, Lazy<JsonSchema>> Schemas = new();

    public static JsonSchema For(ApiKind api) =>
        Schemas.GetOrAdd(api, kind => new Lazy<JsonSchema>(() => Load(kind), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    /// <summary>
    /// Reads every API's schema and runs NJsonSchema's validator once on another core: its first use is the
    /// largest part of a one-file run's start-up, and this overlaps it with reading and parsing the files.
    /// </summary>
    public static void PreloadInBackground() =>
        ThreadPool.UnsafeQueueUserWorkItem(_ =>
        {
            foreach (var api in Enum.GetValues<ApiKind>())
            {
                For(api).Validate(new JObject());
            }
        }, null);

    /// <summary>The text of an embedded schema file, as committed in schema/.</summary>
    public static string? Text(string fileName)
    {
        using var stream = typeof(SchemaStore).Assembly.GetManifestResourceStream("schema/" + fileName);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static JsonSchema Load(ApiKind api)
    {
        var fileName = SchemaGenerator.FileName(api);
        var text = Text(fileName) ?? throw new InvalidOperationException($"The tool was built without schema/{fileName}.");
        return SchemaReader.Read(text);
    }
}
