using VpnLint.Rules.Model;
using VpnLint.Rules.Parameters;

namespace VpnLint.Rules.Engine;

/// <summary>How a message names a value's type and shows the value: never the value of a secret.</summary>
internal static class ValueDescription
{
    public static string Expected(ParameterDefinition definition) => definition switch
    {
        { EmbeddedJson: true } => "a JSON object or a string of JSON",
        { Type: ParameterType.String } => "a string",
        { Type: ParameterType.Integer } => "an integer",
        { Type: ParameterType.Boolean } => "a boolean",
        { Type: ParameterType.Array } => "a list",
        _ => "an object",
    };

    /// <summary>"the string \"1194\"", "the number 1.5", "a list"; for a secret only the kind of value.</summary>
    public static string Actual(RequestValue value, bool secret) => value switch
    {
        StringValue text => secret ? "a string" : "the string " + Quote(text.Text),
        NumberValue number => secret ? "a number" : $"the number {number.Text}",
        BooleanValue boolean => secret ? "a boolean" : $"the boolean {(boolean.Value ? "true" : "false")}",
        ArrayValue => "a list",
        ObjectValue => "an object",
        _ => "null",
    };

    public static string Quote(string text) => "\"" + text + "\"";
}
