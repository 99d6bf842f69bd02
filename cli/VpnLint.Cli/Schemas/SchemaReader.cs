using System.Text.Json;
using NJsonSchema;

namespace VpnLint.Cli.Schemas;

/// <summary>
/// Reads the committed schemas into NJsonSchema's object model with System.Text.Json, for the keywords
/// schema/ uses. NJsonSchema's own reader (Newtonsoft.Json and reflection) takes about 100 ms to start,
/// most of a one-file run; this gives the same objects (a test compares both readers' results keyword by
/// keyword) in a few milliseconds. A keyword it does not know is refused, never silently dropped.
/// </summary>
internal static class SchemaReader
{
    public static JsonSchema Read(string text)
    {
        using var document = JsonDocument.Parse(text);
        var schema = new JsonSchema();
        Fill(schema, document.RootElement);
        return schema;
    }

    private static void Fill(JsonSchema schema, JsonElement element)
    {
        foreach (var keyword in element.EnumerateObject())
        {
            var value = keyword.Value;
            switch (keyword.Name)
            {
                case "$schema":
                    schema.SchemaVersion = value.GetString();
                    break;
                case "title":
                    schema.Title = value.GetString();
                    break;
                case "description":
                    schema.Description = value.GetString();
                    break;
                case "type":
                    schema.Type = value.ValueKind == JsonValueKind.Array
                        ? value.EnumerateArray().Aggregate(JsonObjectType.None, (type, item) => type | TypeOf(item.GetString()))
                        : TypeOf(value.GetString());
                    break;
                case "required":
                    foreach (var name in value.EnumerateArray())
                    {
                        schema.RequiredProperties.Add(name.GetString()!);
                    }

                    break;
                case "properties":
                    foreach (var property in value.EnumerateObject())
                    {
                        var child = new JsonSchemaProperty();
                        Fill(child, property.Value);
                        schema.Properties[property.Name] = child;
                    }

                    break;
                case "additionalProperties":
                    schema.AllowAdditionalProperties = value.GetBoolean();
                    break;
                case "items":
                    var item = new JsonSchema();
                    Fill(item, value);
                    schema.Item = item;
                    break;
                case "minLength":
                    schema.MinLength = value.GetInt32();
                    break;
                case "minimum":
                    schema.Minimum = value.GetDecimal();
                    break;
                case "pattern":
                    schema.Pattern = value.GetString();
                    break;
                case "enum":
                    foreach (var allowed in value.EnumerateArray())
                    {
                        schema.Enumeration.Add(Scalar(allowed));
                    }

                    break;
                case "default":
                    schema.Default = Scalar(value);
                    break;
                case "$id":
                case "examples":
                case "writeOnly":
                    // For editors only: the validator does not read them.
                    break;
                default:
                    throw new NotSupportedException($"The schema keyword {keyword.Name} is not read by {nameof(SchemaReader)}; teach it before the generator writes it.");
            }
        }
    }

    private static JsonObjectType TypeOf(string? name) => name switch
    {
        "string" => JsonObjectType.String,
        "integer" => JsonObjectType.Integer,
        "number" => JsonObjectType.Number,
        "boolean" => JsonObjectType.Boolean,
        "array" => JsonObjectType.Array,
        "object" => JsonObjectType.Object,
        "null" => JsonObjectType.Null,
        _ => throw new NotSupportedException($"The schema type {name} is not read by {nameof(SchemaReader)}."),
    };

    private static object? Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number when value.TryGetInt64(out var integer) => integer,
        JsonValueKind.Number => value.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
