using System.Collections.Concurrent;
using NJsonSchema;
using NJsonSchema.Validation;
using VpnLint.Rules;
using VpnLint.Rules.Model;

namespace VpnLint.Cli.Schemas;

/// <summary>
/// NJsonSchema's verdict on a request: which members break the schema, and how. A verdict depends only on
/// the request's shape (<see cref="RequestShape"/>), and a folder of requests holds few shapes, so each
/// shape is validated once a run; the violations are then judged against each request's own values.
/// </summary>
internal static class SchemaVerdicts
{
    /// <summary>Enough for any real repository's shapes; past it, requests are validated without caching.</summary>
    private const int MaximumShapes = 4096;

    private static readonly ConcurrentDictionary<string, IReadOnlyList<StructuralViolation>> Verdicts = new(StringComparer.Ordinal);

    [ThreadStatic]
    private static JsonSchemaValidator? validator;

    public static IReadOnlyList<StructuralViolation> Of(Request request)
    {
        var shape = RequestShape.Of(request);
        if (Verdicts.TryGetValue(shape, out var verdict))
        {
            return verdict;
        }

        verdict = Validate(request);
        if (Verdicts.Count < MaximumShapes)
        {
            Verdicts.TryAdd(shape, verdict);
        }

        return verdict;
    }

    private static IReadOnlyList<StructuralViolation> Validate(Request request)
    {
        var errors = (validator ??= new JsonSchemaValidator()).Validate(SchemaValidation.ToToken(request.Root), SchemaStore.For(request.Api), SchemaType.JsonSchema);
        return SchemaViolations.From(errors);
    }
}
