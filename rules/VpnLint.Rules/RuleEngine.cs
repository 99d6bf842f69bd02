using VpnLint.Rules.Engine;
using VpnLint.Rules.Model;

namespace VpnLint.Rules;

/// <summary>
/// Judges requests against every rule. Pure: no I/O, no clock (the context carries the time), no
/// state between calls; safe to call from several threads at once.
/// </summary>
public static class RuleEngine
{
    public static IReadOnlyList<Finding> Check(Request request, CheckContext? context = null, CheckOptions? options = null) =>
        Check(new RequestBundle([request], context), options);

    public static IReadOnlyList<Finding> Check(RequestBundle bundle, CheckOptions? options = null)
    {
        options ??= CheckOptions.Default;
        var findings = Judge(bundle, options);
        return findings.Count == 0 || !PartialRequests.Any(bundle)
            ? findings
            : PartialRequests.HoldingWhateverIsSetElsewhere(findings, Judge(PartialRequests.WithUnsetParametersSet(bundle), options));
    }

    private static IReadOnlyList<Finding> Judge(RequestBundle bundle, CheckOptions options)
    {
        var findings = new FindingCollector();
        var facts = new BundleFacts(bundle, options);
        // Indexed loops: a foreach over these interfaces would allocate an enumerator per request.
        var requests = facts.Requests;
        for (var request = 0; request < requests.Count; request++)
        {
            var context = new RequestCheckContext(requests[request], facts, findings);
            var checks = options.RequestChecks(requests[request].Api);
            for (var check = 0; check < checks.Count; check++)
            {
                checks[check].Check(context);
            }

            LosingValues.Judge(requests[request], facts, checks, findings);
        }

        if (requests.Count > 1)
        {
            var bundleContext = new BundleCheckContext(facts, findings);
            var bundleChecks = options.BundleChecks();
            for (var check = 0; check < bundleChecks.Count; check++)
            {
                bundleChecks[check].Check(bundleContext);
            }
        }

        return InSourceOrder(findings.Findings);
    }

    /// <summary>By position, then rule; a stable order, so that output and baselines do not change between runs.</summary>
    private static IReadOnlyList<Finding> InSourceOrder(IReadOnlyList<Finding> findings)
    {
        if (findings.Count < 2)
        {
            return findings;
        }

        var order = new int[findings.Count];
        for (var index = 0; index < order.Length; index++)
        {
            order[index] = index;
        }

        // The original index breaks ties, which makes the unstable Array.Sort stable.
        Array.Sort(order, (left, right) =>
        {
            var byPosition = findings[left].Span.StartOffset.CompareTo(findings[right].Span.StartOffset);
            var byRule = byPosition != 0 ? byPosition : string.CompareOrdinal(findings[left].RuleId, findings[right].RuleId);
            return byRule != 0 ? byRule : left.CompareTo(right);
        });

        var sorted = new Finding[order.Length];
        for (var index = 0; index < order.Length; index++)
        {
            sorted[index] = findings[order[index]];
        }

        return sorted;
    }
}
