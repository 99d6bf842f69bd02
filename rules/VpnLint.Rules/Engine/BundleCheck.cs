using VpnLint.Rules.Catalog;

namespace VpnLint.Rules.Engine;

/// <summary>One rule that compares the requests of a bundle with each other.</summary>
internal abstract class BundleCheck
{
    public abstract string RuleId { get; }

    public abstract void Check(BundleCheckContext context);

    /// <summary>The bundle's requests of the pages the rule's catalogue entry names.</summary>
    protected IEnumerable<RequestFacts> RequestsOfRulePages(BundleFacts bundle)
    {
        var pages = RuleCatalog.Get(RuleId).Pages;
        foreach (var request in bundle.Requests)
        {
            foreach (var page in pages)
            {
                if (page == request.Api)
                {
                    yield return request;
                    break;
                }
            }
        }
    }
}
