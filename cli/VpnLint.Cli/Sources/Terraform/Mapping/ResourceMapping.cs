using VpnLint.Rules.Apis;

namespace VpnLint.Cli.Sources.Terraform.Mapping;

/// <summary>What a provider sends for one resource type on one action: the API, and each attribute's parameter.</summary>
internal sealed record ResourceMapping(ApiKind Api, IReadOnlyList<AttributeMapping> Attributes)
{
    /// <summary>Parameters the provider fills from its own configuration or makes up (RegionId, ClientToken): sent, but not known from the plan.</summary>
    public IReadOnlyList<string> ProviderSupplied { get; init; } = [];

    /// <summary>Parameters of the API that no attribute of the resource sets (the IDaaS parameters): never sent from Terraform.</summary>
    public IReadOnlyList<string> NotSettable { get; init; } = [];
}

/// <summary>A resource type VpnLint checks: the request its creation sends, and its update's when that is an API VpnLint checks.</summary>
internal sealed record ResourceType(string Type, ResourceMapping Create, ResourceMapping? Update = null);
