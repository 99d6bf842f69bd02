using System.Globalization;
using Newtonsoft.Json.Linq;
using VpnLint.Rules;
using VpnLint.Rules.Model;

namespace VpnLint.Cli.Schemas;

/// <summary>
/// VPN003 to VPN006 from the JSON Schemas: NJsonSchema's verdict on the request (see
/// <see cref="SchemaVerdicts"/>) names each member that breaks its API's schema, and how, and each goes to
/// <see cref="StructuralJudge"/>, which gives the engine's own finding, message, severity and fix. The
/// engine itself then judges only what a schema cannot see (inside IkeConfig given as a string of JSON).
/// </summary>
internal static class StructuralValidator
{
    private static readonly StructuralViolationKind[] DuplicateKinds =
        [StructuralViolationKind.WrongType, StructuralViolationKind.UnknownMember, StructuralViolationKind.ValueNotAllowed];

    public static IReadOnlyList<Finding> Validate(Request request, CheckContext context)
    {
        var findings = new List<Finding>();
        foreach (var violation in SchemaVerdicts.Of(request))
        {
            foreach (var kind in violation.Kinds)
            {
                findings.AddRange(StructuralJudge.Judge(request, kind, violation.ObjectPath, violation.Name, context));
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
                var members = mapping.Members;
                for (var index = 0; index < members.Count; index++)
                {
                    if (IsRepeated(members, index))
                    {
                        foreach (var kind in DuplicateKinds)
                        {
                            findings.AddRange(StructuralJudge.Judge(request, kind, objectPath, members[index].Name, context));
                        }
                    }

                    if (members[index].Value is ObjectValue or ArrayValue)
                    {
                        JudgeDuplicates(request, members[index].Value, objectPath.Length == 0 ? members[index].Name : objectPath + "." + members[index].Name, context, findings);
                    }
                }

                break;
            case ArrayValue list:
                for (var index = 0; index < list.Items.Count; index++)
                {
                    if (list.Items[index] is ObjectValue or ArrayValue)
                    {
                        JudgeDuplicates(request, list.Items[index], objectPath + "[" + index.ToString(CultureInfo.InvariantCulture) + "]", context, findings);
                    }
                }

                break;
        }
    }

    /// <summary>A name given before, found by comparing names: objects hold a few dozen keys, and most none twice.</summary>
    private static bool IsRepeated(IReadOnlyList<RequestMember> members, int index)
    {
        for (var earlier = 0; earlier < index; earlier++)
        {
            if (string.Equals(members[earlier].Name, members[index].Name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
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
}
