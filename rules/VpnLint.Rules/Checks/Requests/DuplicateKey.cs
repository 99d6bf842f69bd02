using System.Globalization;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Engine;

namespace VpnLint.Rules.Checks.Requests;

/// <summary>
/// VPN007: a key appears twice in one object, anywhere in the request, the JSON inside IkeConfig and
/// IpsecConfig strings included. Reported at each repeat, naming where the first stands and which one the
/// API receives: the last, as JSON readers keep it. The values that lose are judged too (<see cref="LosingValues"/>).
/// </summary>
internal sealed class DuplicateKey : RequestCheck
{
    public override string RuleId => RuleIds.DuplicateKey;

    public override void Check(RequestCheckContext context)
    {
        foreach (var repeated in context.Request.ObjectsWithRepeatedKeys)
        {
            foreach (var index in repeated.Repeats)
            {
                var duplicate = repeated.Owner.Members[index];
                var first = repeated.Owner.FirstOfName(index)!;
                var last = repeated.Owner.Find(duplicate.Name)!;
                context.Report(RuleId, duplicate.NameSpan, repeated.PathPrefix + duplicate.Name,
                [
                    duplicate.Name,
                    Format(first.NameSpan.StartLine),
                    Format(first.NameSpan.StartColumn),
                    ReferenceEquals(last, duplicate) ? "this one" : $"the one at line {Format(last.NameSpan.StartLine)}",
                ]);
            }
        }
    }

    private static string Format(int number) => number.ToString(CultureInfo.InvariantCulture);
}
