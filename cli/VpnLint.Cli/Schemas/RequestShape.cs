using System.Globalization;
using System.Text;
using VpnLint.Rules.Apis;
using VpnLint.Rules.Model;
using VpnLint.Rules.Parameters;

namespace VpnLint.Cli.Schemas;

/// <summary>
/// What a request's schema verdict depends on, as text: its API, every member name in order, each value's
/// JSON type (integer or not, for numbers), whether each string is blank (the schemas' minLength and
/// pattern "\S"), and the text of the strings the schemas constrain by value (enum and const members).
/// Two requests of one shape get one verdict, whatever their CIDR blocks, names or IDs.
/// </summary>
internal static class RequestShape
{
    /// <summary>Every parameter whose schema names its allowed values, and Action, whose schema is a const.</summary>
    private static readonly HashSet<string> ValueConstrained = CollectValueConstrained();

    [ThreadStatic]
    private static StringBuilder? buffer;

    public static string Of(Request request)
    {
        var shape = buffer ??= new StringBuilder(256);
        shape.Clear().Append((int)request.Api).Append('|');
        Append(shape, request.Root, valueMatters: false);
        return shape.ToString();
    }

    private static void Append(StringBuilder shape, RequestValue value, bool valueMatters)
    {
        switch (value)
        {
            case ObjectValue mapping:
                shape.Append('{');
                foreach (var member in mapping.Members)
                {
                    // Length-prefixed, so that no name can imitate the punctuation.
                    shape.Append(member.Name.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(member.Name);
                    Append(shape, member.Value, ValueConstrained.Contains(member.Name));
                }

                shape.Append('}');
                break;
            case ArrayValue list:
                shape.Append('[');
                foreach (var item in list.Items)
                {
                    Append(shape, item, valueMatters);
                }

                shape.Append(']');
                break;
            case StringValue text when valueMatters:
                shape.Append('=').Append(text.Text.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(text.Text);
                break;
            case StringValue text:
                shape.Append(string.IsNullOrWhiteSpace(text.Text) ? 'b' : 's');
                break;
            case NumberValue number:
                shape.Append(number.IsInteger ? 'i' : 'f');
                break;
            case BooleanValue:
                shape.Append('t');
                break;
            default:
                shape.Append('n');
                break;
        }
    }

    private static HashSet<string> CollectValueConstrained()
    {
        var names = new HashSet<string>(StringComparer.Ordinal) { ParameterNames.Action };
        foreach (var api in Api.All)
        {
            Collect(ParameterCatalog.For(api.Kind), names);
        }

        return names;
    }

    private static void Collect(IReadOnlyList<ParameterDefinition> definitions, HashSet<string> names)
    {
        foreach (var definition in definitions)
        {
            if (definition.AllowedValues.Count > 0)
            {
                names.Add(definition.Name);
            }

            Collect(definition.Properties, names);
            if (definition.Items is { } items)
            {
                Collect([items], names);
            }
        }
    }
}
