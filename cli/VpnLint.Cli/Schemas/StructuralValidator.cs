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

        // Most requests break nothing: the judge, which works out the request's facts, is made only for one that does.
        StructuralJudge? judge = null;
        foreach (var violation in SchemaVerdicts.Of(request))
        {
            foreach (var kind in violation.Kinds)
            {
                findings.AddRange((judge ??= new StructuralJudge(request, context)).JudgeMember(kind, violation.ObjectPath, violation.Name));
            }
        }

        JudgeDuplicates(request, context, ref judge, request.Root, string.Empty, findings);
        return findings;
    }

    /// <summary>
    /// Of a key given twice the token holds only the last value, so no schema sees the others: every
    /// duplicated name of an object the catalogue knows is judged as a whole, whatever the schema said.
    /// Judging a name judges every member of that name, so each is judged once, at its first repeat.
    /// </summary>
    private static void JudgeDuplicates(Request request, CheckContext context, ref StructuralJudge? judge, RequestValue value, string objectPath, List<Finding> findings)
    {
        switch (value)
        {
            case ObjectValue mapping:
                var members = mapping.Members;
                HashSet<string>? judged = null;
                for (var index = 0; index < members.Count; index++)
                {
                    var name = members[index].Name;
                    if (mapping.FirstOfName(index) is not null && (judged ??= new HashSet<string>(StringComparer.Ordinal)).Add(name))
                    {
                        judge ??= new StructuralJudge(request, context);
                        foreach (var kind in DuplicateKinds)
                        {
                            findings.AddRange(judge.JudgeMember(kind, objectPath, name));
                        }
                    }

                    if (members[index].Value is ObjectValue or ArrayValue)
                    {
                        JudgeDuplicates(request, context, ref judge, members[index].Value, objectPath.Length == 0 ? name : objectPath + "." + name, findings);
                    }
                }

                break;
            case ArrayValue list:
                for (var index = 0; index < list.Items.Count; index++)
                {
                    if (list.Items[index] is ObjectValue or ArrayValue)
                    {
                        JudgeDuplicates(request, context, ref judge, list.Items[index], objectPath + "[" + index.ToString(CultureInfo.InvariantCulture) + "]", findings);
                    }
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
}
