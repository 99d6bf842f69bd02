using System.Globalization;
using Newtonsoft.Json.Linq;
using NJsonSchema.Validation;
using VpnLint.Rules;
using VpnLint.Rules.Model;

namespace VpnLint.Cli.Schemas;

/// <summary>
/// VPN003 to VPN006 from the JSON Schemas: the request becomes a JSON token, NJsonSchema validates it
/// against its API's schema, and each error (its kind and the member it is about) goes to
/// <see cref="StructuralJudge"/>, which gives the engine's own finding, message, severity and fix. The
/// engine itself then judges only what a schema cannot see (inside IkeConfig given as a string of JSON).
/// </summary>
internal static class StructuralValidator
{
    private static readonly StructuralViolationKind[] DuplicateKinds =
        [StructuralViolationKind.WrongType, StructuralViolationKind.UnknownMember, StructuralViolationKind.ValueNotAllowed];

    public static IReadOnlyList<Finding> Validate(Request request, CheckContext context)
    {
        var token = ToToken(request.Root);
        var errors = SchemaStore.For(request.Api).Validate(token);
        var findings = new List<Finding>();
        foreach (var error in Flatten(errors))
        {
            if (Locate(error) is not { } member)
            {
                continue;
            }

            foreach (var kind in KindsOf(error.Kind))
            {
                findings.AddRange(StructuralJudge.Judge(request, kind, member.ObjectPath, member.Name, context));
            }
        }

        JudgeDuplicates(request, request.Root, string.Empty, context, findings);
        return findings;
    }

    /// <summary>
    /// Of a key given twice the token holds only the last value, so no schema sees the others: every
    /// duplicated name of an object the catalogue knows is judged as a whole, whatever the schema said.
    /// </summary>
    private static void JudgeDuplicates(Request request, RequestValue value, string objectPath, CheckContext context, List<Finding> findings)
    {
        switch (value)
        {
            case ObjectValue mapping:
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var member in mapping.Members)
                {
                    if (!seen.Add(member.Name))
                    {
                        foreach (var kind in DuplicateKinds)
                        {
                            findings.AddRange(StructuralJudge.Judge(request, kind, objectPath, member.Name, context));
                        }
                    }

                    JudgeDuplicates(request, member.Value, objectPath.Length == 0 ? member.Name : objectPath + "." + member.Name, context, findings);
                }

                break;
            case ArrayValue list:
                for (var index = 0; index < list.Items.Count; index++)
                {
                    JudgeDuplicates(request, list.Items[index], objectPath + "[" + index.ToString(CultureInfo.InvariantCulture) + "]", context, findings);
                }

                break;
        }
    }

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

    /// <summary>What a validation error says is wrong, as the structural rules see it.</summary>
    private static IEnumerable<StructuralViolationKind> KindsOf(ValidationErrorKind kind) => kind switch
    {
        ValidationErrorKind.PropertyRequired => [StructuralViolationKind.MissingRequired],
        ValidationErrorKind.NoAdditionalPropertiesAllowed or ValidationErrorKind.AdditionalPropertiesNotValid => [StructuralViolationKind.UnknownMember],
        ValidationErrorKind.NotInEnumeration => [StructuralViolationKind.ValueNotAllowed],

        // A required string that is empty or blank.
        ValidationErrorKind.StringTooShort or ValidationErrorKind.PatternMismatch => [StructuralViolationKind.MissingRequired],

        // A wrong type, or null where a value is required.
        _ when kind.ToString().EndsWith("Expected", StringComparison.Ordinal) => [StructuralViolationKind.WrongType, StructuralViolationKind.MissingRequired],
        _ => [],
    };

    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            yield return error;
            if (error is ChildSchemaValidationError parent)
            {
                foreach (var child in parent.Errors.Values.SelectMany(Flatten))
                {
                    yield return child;
                }
            }
        }
    }

    /// <summary>The object (as a finding's path names it) and the member of it that the error is about.</summary>
    private static (string ObjectPath, string Name)? Locate(ValidationError error)
    {
        if (error.Kind == ValidationErrorKind.PropertyRequired && error.Token is JObject owner && error.Property is { } missing)
        {
            return (PathOf(owner), missing);
        }

        for (var token = error.Token; token is not null; token = token.Parent)
        {
            if (token is JProperty property && property.Parent is JObject parent)
            {
                return (PathOf(parent), property.Name);
            }
        }

        return null;
    }

    /// <summary>"", "vpn_server", "vpn_server.client_ca_certificates[0]", "IkeConfig": the findings' own path syntax.</summary>
    private static string PathOf(JToken token)
    {
        var path = string.Empty;
        for (var current = token; current.Parent is { } parent; current = parent)
        {
            switch (parent)
            {
                case JProperty property:
                    path = path.Length == 0 || path[0] == '[' ? property.Name + path : property.Name + "." + path;
                    break;
                case JArray array:
                    path = "[" + array.IndexOf(current).ToString(CultureInfo.InvariantCulture) + "]" + (path.Length == 0 || path[0] == '[' ? path : "." + path);
                    break;
            }
        }

        return path;
    }
}
