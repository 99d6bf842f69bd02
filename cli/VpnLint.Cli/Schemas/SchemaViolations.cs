using System.Globalization;
using Newtonsoft.Json.Linq;
using NJsonSchema.Validation;
using VpnLint.Rules;

namespace VpnLint.Cli.Schemas;

/// <summary>
/// The members that break their schema, and how: NJsonSchema's validation errors, kept as the object's
/// path and the member's name (not the token, which would hold the request's values) so that one verdict
/// serves every request of the same shape.
/// </summary>
internal static class SchemaViolations
{
    public static IReadOnlyList<StructuralViolation> From(IEnumerable<ValidationError> errors)
    {
        var violations = new List<StructuralViolation>();
        foreach (var error in Flatten(errors))
        {
            if (Locate(error) is { } member)
            {
                foreach (var kind in KindsOf(error.Kind))
                {
                    violations.Add(new StructuralViolation(kind, member.ObjectPath, member.Name));
                }
            }
        }

        return violations;
    }

    /// <summary>What a validation error says is wrong, as the structural rules see it.</summary>
    private static IReadOnlyList<StructuralViolationKind> KindsOf(ValidationErrorKind kind) => kind switch
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
