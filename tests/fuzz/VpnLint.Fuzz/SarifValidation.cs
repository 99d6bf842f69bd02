using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using NJsonSchema;

namespace VpnLint.Fuzz;

/// <summary>
/// SARIF 2.1.0 schema validation fast enough for a hundred thousand inputs. NJsonSchema takes about a
/// millisecond per result, so a log is validated by its distinct shapes: each value the schema puts no
/// constraint on is replaced by a placeholder of its kind (free text by <c>x</c>, a URI by its character
/// classes, a number by its side of every minimum the schema sets), and each shape not met before is
/// validated, in the log's own run; the driver's rules, the catalogue's and the same in every log, are
/// validated whole with the first log and compared with it after. Every <see cref="FullEvery"/>th log is also validated whole, as written,
/// so that a flaw in the shapes would still show.
/// </summary>
internal sealed class SarifValidation
{
    /// <summary>How often a log is validated whole: often enough to show a flaw in the shapes within a run.</summary>
    public const int FullEvery = 50;

    /// <summary>Values the schema constrains by an enum or a pattern, kept as written.</summary>
    private static readonly HashSet<string> ExactKeys = new(StringComparer.Ordinal)
    {
        "level", "kind", "baselineState", "version", "columnKind", "semanticVersion", "mimeType", "language", "dottedQuadFileVersion", "status",
    };

    /// <summary>Values the schema constrains by a URI format.</summary>
    private static readonly HashSet<string> UriKeys = new(StringComparer.Ordinal) { "uri", "helpUri", "informationUri", "$schema", "downloadUri" };

    private readonly JsonSchema schema;
    private readonly ConcurrentDictionary<string, bool> validShapes = new(StringComparer.Ordinal);
    private int logs;
    private volatile string? validRules;

    public SarifValidation(string schemaPath)
    {
        schema = JsonSchema.FromFileAsync(schemaPath).GetAwaiter().GetResult();
    }

    /// <summary>The schema's complaints about <paramref name="sarif"/>, as <c>path: kind</c>; none when it is valid.</summary>
    public IReadOnlyList<string> Errors(string sarif)
    {
        var log = JsonNode.Parse(sarif)!;
        var run = log["runs"]![0]!;
        var driver = run["tool"]!["driver"]!.AsObject();
        var rules = driver["rules"]?.ToJsonString() ?? "";
        if (Interlocked.Increment(ref logs) % FullEvery == 1 || rules != validRules)
        {
            var whole = schema.Validate(sarif).Select(error => $"{error.Path}: {error.Kind}").ToList();
            if (whole.Count > 0)
            {
                return whole;
            }

            validRules = rules;
        }

        // The rules come from the catalogue, the same in every log, and were validated whole with the first.
        driver.Remove("rules");
        var unseen = new List<string>();
        foreach (var result in run["results"]!.AsArray())
        {
            var shape = Shape(result!).ToJsonString();
            if (!validShapes.ContainsKey(shape) && !unseen.Contains(shape))
            {
                unseen.Add(shape);
            }
        }

        run["results"] = new JsonArray();
        var envelope = Shape(log);
        var envelopeShape = envelope.ToJsonString();
        if (unseen.Count == 0 && validShapes.ContainsKey(envelopeShape))
        {
            return [];
        }

        envelope["runs"]![0]!["results"] = new JsonArray([.. unseen.Select(shape => JsonNode.Parse(shape))]);
        var errors = schema.Validate(envelope.ToJsonString()).Select(error => $"{error.Path}: {error.Kind}").ToList();
        if (errors.Count == 0)
        {
            validShapes.TryAdd(envelopeShape, true);
            unseen.ForEach(shape => validShapes.TryAdd(shape, true));
        }

        return errors;
    }

    private static JsonNode Shape(JsonNode node, string? key = null)
    {
        switch (node)
        {
            case JsonObject mapping:
                var shaped = new JsonObject();
                foreach (var (name, value) in mapping)
                {
                    shaped[name] = value is null ? null : Shape(value, name);
                }

                return shaped;
            case JsonArray list:
                // Strings of a list keep which of them are equal, for uniqueItems.
                var texts = list.Select(item => item is JsonValue value && value.TryGetValue<string>(out var text) ? text : null).ToList();
                return new JsonArray([.. list.Select((item, index) => texts[index] is { } text && (key is null || !ExactKeys.Contains(key))
                    ? JsonValue.Create("x" + texts.IndexOf(text).ToString(CultureInfo.InvariantCulture))
                    : item is null ? null : Shape(item, key))]);
            default:
                var leaf = node.AsValue();
                if (leaf.TryGetValue<string>(out var text))
                {
                    return key is not null && ExactKeys.Contains(key) ? JsonValue.Create(text)
                        : key is not null && UriKeys.Contains(key) ? JsonValue.Create(CharacterClasses(text))
                        : JsonValue.Create("x");
                }

                if (leaf.TryGetValue<double>(out var number))
                {
                    // The schema's minimums are -1, 0 and 1, and its one maximum (rank) is 100.
                    return JsonValue.Create(number < -1 ? -2 : number <= 0 ? number : number <= 100 ? 1 : 101);
                }

                return node.DeepClone();
        }
    }

    private static string CharacterClasses(string text) =>
        string.Create(text.Length, text, (characters, source) =>
        {
            for (var index = 0; index < source.Length; index++)
            {
                characters[index] = char.IsAsciiLetter(source[index]) ? 'a' : char.IsAsciiDigit(source[index]) ? '0' : source[index];
            }
        });
}
