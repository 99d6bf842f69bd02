using VpnLint.Rules.Model;

namespace VpnLint.Cli.Sources.Terraform;

/// <summary>One resource instance of a plan or state: its address, what the plan does with it, and its values.</summary>
internal sealed class PlanResource
{
    public required string Address { get; init; }

    /// <summary>Where the address is written: the place of findings on values the plan does not hold.</summary>
    public required SourceSpan AddressSpan { get; init; }

    public required string Type { get; init; }

    public required string Name { get; init; }

    /// <summary>The module instance it is in (<c>module.vpn[0]</c>); empty in the root module.</summary>
    public required string ModuleAddress { get; init; }

    /// <summary>The <c>count</c> or <c>for_each</c> key, as an address writes it (<c>0</c>, <c>"east"</c>); null without either.</summary>
    public string? Key { get; init; }

    public required PlanAction Action { get; init; }

    /// <summary>The values the plan leads to, with their marks and the configuration's expressions.</summary>
    public required PlanValue Values { get; init; }

    /// <summary>The values before an update, to tell what it changes.</summary>
    public PlanValue Before { get; init; }

    /// <summary>The span of the whole entry: where a finding with no attribute of its own is placed.</summary>
    public required SourceSpan Span { get; init; }
}
