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
        var findings = new FindingCollector();
        var facts = new BundleFacts(bundle, options ?? CheckOptions.Default);
        foreach (var request in facts.Requests)
        {
            var context = new RequestCheckContext(request, facts, findings);
            foreach (var check in CheckRegistry.For(request.Api))
            {
                check.Check(context);
            }
        }

        if (facts.Requests.Count > 1)
        {
            var bundleContext = new BundleCheckContext(facts, findings);
            foreach (var check in CheckRegistry.BundleChecks)
            {
                check.Check(bundleContext);
            }
        }

        return InSourceOrder(findings.Findings);
    }

    /// <summary>By position, then rule; a stable order, so that output and baselines do not change between runs.</summary>
    private static IReadOnlyList<Finding> InSourceOrder(IReadOnlyList<Finding> findings) => findings.Count < 2
        ? findings
        : findings.OrderBy(static finding => finding.Span.StartOffset).ThenBy(static finding => finding.RuleId, StringComparer.Ordinal).ToList();
}
