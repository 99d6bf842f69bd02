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
    /// Readies NJsonSchema on another core while the files are read: its type initialisation and first
    /// validation are the largest part of a one-file run's start-up. The schemas themselves are built when
    /// first needed, so that a run builds only those of the APIs it meets.
    /// </summary>
    public static void PreloadInBackground() =>
        ThreadPool.UnsafeQueueUserWorkItem(_ => new JsonSchema().Validate(new JObject()), null);

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
