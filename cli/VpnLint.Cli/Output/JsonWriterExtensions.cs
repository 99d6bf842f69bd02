using System.Text.Json;

namespace VpnLint.Cli.Output;

internal static class JsonWriterExtensions
{
    /// <summary>A member whose value is a list of strings.</summary>
    public static void WriteStrings(this Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
