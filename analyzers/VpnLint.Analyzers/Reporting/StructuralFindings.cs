using VpnLint.Analyzers.Requests;
using VpnLint.Rules;
using VpnLint.Rules.Model;
using VpnLint.Rules.Parameters;

namespace VpnLint.Analyzers.Reporting;

/// <summary>
/// The structural rules, asked only where C# can break them. The compiler already checks what a JSON
/// Schema would (a property exists, a value has its type), so the engine runs as for a schema-validated
/// file and skips its structural walk (VPN004 and VPN005 cannot happen in C#); the engine's own
/// <see cref="StructuralJudge"/> then judges what remains: a required parameter a sent request leaves
/// unset (VPN003) and a constant outside a documented set of values (VPN006).
/// </summary>
internal static class StructuralFindings
{
    public static CheckOptions EngineOptions { get; } = new() { StructureValidatedBySchema = true };

    public static void Add(List<Finding> findings, Request request, RequestDraft draft, CheckContext context)
    {
        foreach (var definition in ParameterCatalog.For(request.Api))
        {
            if (definition.Origin == ParameterOrigin.Envelope)
            {
                continue;
            }

            var value = request.Root.Get(definition.Name);
            if (definition.Required && draft.IsComplete && !IsSet(value))
            {
                findings.AddRange(StructuralJudge.Judge(request, StructuralViolationKind.MissingRequired, string.Empty, definition.Name, context));
            }

            if (definition.AllowedValues.Count > 0 && value is StringValue or NumberValue or BooleanValue && !IsDocumented(definition, value))
            {
                findings.AddRange(StructuralJudge.Judge(request, StructuralViolationKind.ValueNotAllowed, string.Empty, definition.Name, context));
            }
        }
    }

    /// <summary>A constant that is, exactly, one of the parameter's documented values: the judge need not be asked.</summary>
    private static bool IsDocumented(ParameterDefinition definition, RequestValue value)
    {
        var text = value switch
        {
            StringValue stringValue => stringValue.Text,
            NumberValue number => number.Text,
            _ => ((BooleanValue)value).Value ? "true" : "false",
        };
        foreach (var allowed in definition.AllowedValues)
        {
            if (string.Equals(allowed, text, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Set to something other than null or blank text: then it cannot be missing, and the judge need not be asked.</summary>
    private static bool IsSet(RequestValue? value) => value switch
    {
        null or NullValue => false,
        StringValue text => !string.IsNullOrWhiteSpace(text.Text),
        _ => true,
    };
}
