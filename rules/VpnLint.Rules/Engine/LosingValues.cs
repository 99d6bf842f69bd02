using VpnLint.Rules.Catalog;
using VpnLint.Rules.Model;

namespace VpnLint.Rules.Engine;

/// <summary>
/// Judges the values a repeated key loses (VPN007), which the request's checks never see, as a lookup
/// returns the last: <c>Port: 443</c> then <c>Port: 1194</c> must still draw VPN301 on 443. The request's
/// checks run again on a copy in which the losing values win, and only the findings on those values are
/// kept. One copy serves every repeated key of an object at once: the first copy takes each key's
/// second-to-last value, the next its third-to-last, and so on. Bundle rules compare the requests as the
/// API receives them, so they are not run on the copies.
/// </summary>
internal static class LosingValues
{
    public static void Judge(RequestFacts request, BundleFacts bundle, IReadOnlyList<RequestCheck> checks, FindingCollector findings)
    {
        if (request.ObjectsWithRepeatedKeys.Count == 0)
        {
            return;
        }

        // A check that already judges every occurrence (the structural ones) finds the same on a copy.
        var reported = new HashSet<(string, int, int)>();
        foreach (var finding in findings.Findings)
        {
            reported.Add(KeyOf(finding));
        }

        foreach (var repeated in request.ObjectsWithRepeatedKeys)
        {
            for (var rank = 1; ; rank++)
            {
                var losers = LosersOfRank(repeated.Owner, rank);
                if (losers is null)
                {
                    break;
                }

                var copy = new RequestFacts(WithOwner(request.Request, repeated, Keeping(repeated.Owner, losers)));
                var judged = new FindingCollector();
                var context = new RequestCheckContext(copy, bundle, judged);
                for (var check = 0; check < checks.Count; check++)
                {
                    checks[check].Check(context);
                }

                foreach (var finding in judged.Findings)
                {
                    if (finding.RuleId != RuleIds.DuplicateKey && OnAny(finding.Span, repeated.Owner, losers) && reported.Add(KeyOf(finding)))
                    {
                        findings.Add(finding.About(request.Request));
                    }
                }
            }
        }
    }

    private static (string, int, int) KeyOf(Finding finding) => (finding.RuleId, finding.Span.StartOffset, finding.Span.EndOffset);

    /// <summary>For each name the object repeats more than <paramref name="rank"/> times, the position of its occurrence <paramref name="rank"/> from the last; null when there is none.</summary>
    private static HashSet<int>? LosersOfRank(ObjectValue owner, int rank)
    {
        HashSet<int>? losers = null;
        var members = owner.Members;
        for (var index = 0; index < members.Count; index++)
        {
            var positions = owner.PositionsOf(members[index].Name);
            if (positions.Count > rank && positions[positions.Count - 1 - rank] == index)
            {
                (losers ??= []).Add(index);
            }
        }

        return losers;
    }

    /// <summary>The object with each name a loser has kept only at the loser: its lookups then return the losing values.</summary>
    private static ObjectValue Keeping(ObjectValue owner, HashSet<int> losers)
    {
        var winners = new HashSet<string>(StringComparer.Ordinal);
        foreach (var index in losers)
        {
            winners.Add(owner.Members[index].Name);
        }

        var members = new List<RequestMember>(owner.Members.Count);
        for (var index = 0; index < owner.Members.Count; index++)
        {
            if (losers.Contains(index) || !winners.Contains(owner.Members[index].Name))
            {
                members.Add(owner.Members[index]);
            }
        }

        return new ObjectValue(members, owner.Span);
    }

    private static bool OnAny(SourceSpan span, ObjectValue owner, HashSet<int> losers)
    {
        foreach (var index in losers)
        {
            var member = owner.Members[index];
            if (span.StartOffset >= member.NameSpan.StartOffset && span.EndOffset <= member.Value.Span.EndOffset)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The request with <paramref name="replacement"/> in place of the repeating object. An object inside a JSON
    /// string goes in as the parameter's object form, which the checks read as they read the string.
    /// </summary>
    private static Request WithOwner(Request request, RepeatedKeyObject repeated, ObjectValue replacement)
    {
        if (repeated.Embedded is not { } embedded)
        {
            return new Request(request.Api, (ObjectValue)Replace(request.Root, repeated.Owner, replacement), request.Label, request.IsPartial, request.FileName);
        }

        var embeddedCopy = (ObjectValue)Replace(embedded.Root, repeated.Owner, replacement);
        var parameter = request.Root.Find(embedded.Parameter)!;
        var root = Replace(request.Root, parameter.Value, embeddedCopy);
        return new Request(request.Api, (ObjectValue)root, request.Label, request.IsPartial, request.FileName);
    }

    /// <summary>A copy of <paramref name="node"/> with <paramref name="target"/> (found by reference) replaced; the parts off its path are shared, not copied.</summary>
    private static RequestValue Replace(RequestValue node, RequestValue target, RequestValue replacement)
    {
        if (ReferenceEquals(node, target))
        {
            return replacement;
        }

        switch (node)
        {
            case ObjectValue objectValue:
                for (var index = 0; index < objectValue.Members.Count; index++)
                {
                    var member = objectValue.Members[index];
                    var replaced = Replace(member.Value, target, replacement);
                    if (!ReferenceEquals(replaced, member.Value))
                    {
                        var members = objectValue.Members.ToList();
                        members[index] = new RequestMember(member.Name, member.NameSpan, replaced);
                        return new ObjectValue(members, objectValue.Span);
                    }
                }

                return node;
            case ArrayValue array:
                for (var index = 0; index < array.Items.Count; index++)
                {
                    var replaced = Replace(array.Items[index], target, replacement);
                    if (!ReferenceEquals(replaced, array.Items[index]))
                    {
                        var items = array.Items.ToList();
                        items[index] = replaced;
                        return new ArrayValue(items, array.Span);
                    }
                }

                return node;
            default:
                return node;
        }
    }
}
