using VpnLint.Analyzers.Sdk;
using VpnLint.Rules.Model;
using VpnLint.Rules.Parameters;

namespace VpnLint.Analyzers.Requests;

/// <summary>Turns a draft into the rule engine's neutral request, with the spans of the C# it came from.</summary>
internal static class RequestModel
{
    /// <summary>
    /// The draft as a request: partial unless the method owns it completely, as a parameter the method
    /// does not set may then be set elsewhere.
    /// </summary>
    public static Request Build(RequestDraft draft, SourceLines lines)
    {
        var root = lines.Span(draft.Anchor);
        var members = new List<RequestMember>(draft.Writes.Count + 1);
        var writes = new List<PropertyWrite>(draft.Writes);
        writes.Sort(static (left, right) => left.NameSyntax.SpanStart.CompareTo(right.NameSyntax.SpanStart));
        foreach (var write in writes)
        {
            if (Contains(members, write.Name))
            {
                continue;
            }

            var last = LastWrite(writes, write.Name, out var count);
            var value = count == 1
                ? ConstantValues.Read(last.Value, last.ValueSyntax, lines)
                : new UnknownValue(lines.Span(last.ValueSyntax.Span));
            // C# names only parameters that exist, once per request: no finding is ever about the name,
            // so the value's span serves for it too.
            members.Add(new RequestMember(write.Name, value.Span, value));
        }

        if (draft.Type.Generation == SdkGeneration.V1 && !Contains(members, ParameterNames.RegionId))
        {
            // The V1 client fills in RegionId from its profile when the request has none.
            members.Add(new RequestMember(ParameterNames.RegionId, root, new UnknownValue(root)));
        }

        return new Request(draft.Type.Api, new ObjectValue(members, root), isPartial: !draft.IsComplete);
    }

    /// <summary>True when the method sets some parameter of the request to a constant: otherwise there is nothing to judge but what it leaves out.</summary>
    public static bool SetsAConstant(RequestDraft draft)
    {
        foreach (var write in draft.Writes)
        {
            if (ConstantValues.IsConstant(write.Value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a parameter is among those built so far: a request has a few dozen at most, where a scan beats a hash set.</summary>
    private static bool Contains(List<RequestMember> members, string name)
    {
        foreach (var member in members)
        {
            if (string.Equals(member.Name, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static PropertyWrite LastWrite(List<PropertyWrite> writes, string name, out int count)
    {
        PropertyWrite? last = null;
        count = 0;
        foreach (var write in writes)
        {
            if (write.Name == name)
            {
                last = write;
                count++;
            }
        }

        return last!;
    }
}
