using Newtonsoft.Json.Linq;
using VpnLint.Rules;
using VpnLint.Rules.Model;

namespace VpnLint.Cli.Schemas;

/// <summary>
/// The JSON Schemas of schema/ as the rule engine's structural validation: NJsonSchema's verdict on a
/// request (see <see cref="SchemaVerdicts"/>) names each member that breaks its API's schema, and how, and
/// the engine judges each with its own rule, message, severity and fix. The engine itself still reads
/// what no schema sees: the JSON inside IkeConfig given as a string, and the other values of a key given twice.
/// </summary>
internal sealed class SchemaValidation : IStructuralValidation
{
    public static SchemaValidation Instance { get; } = new();

    private SchemaValidation()
    {
    }

    public bool Decides(StructuralViolationKind kind) => true;

    public IReadOnlyList<StructuralViolation> Find(Request request) => SchemaVerdicts.Of(request);

    /// <summary>The neutral model as a JSON token; of duplicate keys the last counts, as the API reads them (VPN007 reports the rest).</summary>
    public static JToken ToToken(RequestValue value) => value switch
    {
        ObjectValue mapping => ToObject(mapping),
        ArrayValue list => new JArray(list.Items.Select(ToToken)),
        StringValue text => new JValue(text.Text),
        NumberValue number when number.IsInteger => new JValue((long)number.Value),
        NumberValue number => new JValue(number.Value),
        BooleanValue flag => new JValue(flag.Value),
        _ => JValue.CreateNull(),
    };

    private static JObject ToObject(ObjectValue mapping)
    {
        var result = new JObject();
        foreach (var member in mapping.Members)
        {
            result[member.Name] = ToToken(member.Value);
        }

        return result;
    }
}
