using VpnLint.Rules.Apis;
using VpnLint.Rules.Engine;

namespace VpnLint.Rules;

/// <summary>How a front end wants the engine to run. Immutable, so that one instance serves any number of checks at once.</summary>
public sealed class CheckOptions
{
    private readonly HashSet<string> disabledRules;

    // The checks that run, per API, when some rule is off; built on first use (two threads racing build equal lists).
    private IReadOnlyList<RequestCheck>[]? requestChecks;
    private IReadOnlyList<BundleCheck>? bundleChecks;

    /// <param name="structuralValidation">
    /// The front end's own structural validation (see <see cref="IStructuralValidation"/>); null to have the
    /// engine walk every object of a request against the parameter catalogue.
    /// </param>
    /// <param name="disabledRules">Rules the user has switched off: their checks do not run at all.</param>
    public CheckOptions(IStructuralValidation? structuralValidation = null, IEnumerable<string>? disabledRules = null)
    {
        StructuralValidation = structuralValidation;
        this.disabledRules = new HashSet<string>(disabledRules ?? [], StringComparer.OrdinalIgnoreCase);
    }

    public static CheckOptions Default { get; } = new();

    public IStructuralValidation? StructuralValidation { get; }

    /// <summary>The checks of the API's pages whose rule is on.</summary>
    internal IReadOnlyList<RequestCheck> RequestChecks(ApiKind api)
    {
        if (disabledRules.Count == 0)
        {
            return CheckRegistry.For(api);
        }

        var byApi = requestChecks;
        if (byApi is null)
        {
            byApi = new IReadOnlyList<RequestCheck>[Api.All.Count];
            foreach (var described in Api.All)
            {
                byApi[(int)described.Kind] = Enabled(CheckRegistry.For(described.Kind), check => check.RuleId);
            }

            requestChecks = byApi;
        }

        return byApi[(int)api];
    }

    internal IReadOnlyList<BundleCheck> BundleChecks() =>
        disabledRules.Count == 0 ? CheckRegistry.BundleChecks : bundleChecks ??= Enabled(CheckRegistry.BundleChecks, check => check.RuleId);

    private List<TCheck> Enabled<TCheck>(IReadOnlyList<TCheck> checks, Func<TCheck, string> ruleOf)
    {
        var enabled = new List<TCheck>(checks.Count);
        foreach (var check in checks)
        {
            if (!disabledRules.Contains(ruleOf(check)))
            {
                enabled.Add(check);
            }
        }

        return enabled;
    }
}
