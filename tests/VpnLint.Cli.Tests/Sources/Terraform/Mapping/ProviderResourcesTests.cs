using VpnLint.Cli.Sources.Terraform.Mapping;
using VpnLint.Rules.Apis;
using VpnLint.Rules.Parameters;

namespace VpnLint.Cli.Tests.Sources.Terraform.Mapping;

/// <summary>The Terraform mapping table against the parameter catalogue: nothing mapped that the API lacks, nothing of the API left unaccounted for.</summary>
[TestClass]
public sealed class ProviderResourcesTests
{
    public static IEnumerable<object[]> Mappings() =>
        ProviderResources.All.SelectMany(type => new[] { type.Create, type.Update }.OfType<ResourceMapping>().Select(mapping => new object[] { type.Type, mapping.Api }));

    [TestMethod]
    [DynamicData(nameof(Mappings))]
    public void EveryMappedParameter_IsAParameterOfTheApi(string type, ApiKind api)
    {
        var mapping = MappingOf(type, api);
        var known = CatalogPaths(api);

        foreach (var path in MappedPaths(mapping).Concat(mapping.ProviderSupplied).Concat(mapping.NotSettable))
        {
            Assert.Contains(path, known, $"{type} names {path}, which {api} does not have");
        }
    }

    [TestMethod]
    [DynamicData(nameof(Mappings))]
    public void EveryParameterOfTheApi_IsMapped_SuppliedOrNotSettable(string type, ApiKind api)
    {
        var mapping = MappingOf(type, api);
        var accounted = MappedPaths(mapping).Concat(mapping.ProviderSupplied).Concat(mapping.NotSettable).Append(ParameterNames.Action).ToHashSet(StringComparer.Ordinal);

        foreach (var path in CatalogPaths(api))
        {
            // A body or block is accounted for by its members.
            if (!accounted.Contains(path) && !accounted.Any(known => known.StartsWith(path + ".", StringComparison.Ordinal)))
            {
                Assert.Fail($"{api}'s {path} is neither mapped from {type}, supplied by its provider, nor listed as not settable");
            }
        }
    }

    [TestMethod]
    public void EachAttribute_IsMappedOnce_PerAction()
    {
        foreach (var mapping in ProviderResources.All.SelectMany(type => new[] { type.Create, type.Update }.OfType<ResourceMapping>()))
        {
            var attributes = mapping.Attributes.Select(attribute => attribute.Attribute).ToList();
            CollectionAssert.AllItemsAreUnique(attributes, mapping.Api.ToString());
        }
    }

    private static ResourceMapping MappingOf(string type, ApiKind api)
    {
        var resource = ProviderResources.Find(type)!;
        return resource.Create.Api == api ? resource.Create : resource.Update!;
    }

    private static IEnumerable<string> MappedPaths(ResourceMapping mapping) =>
        mapping.Attributes.SelectMany(attribute => attribute.Members.Select(member => attribute.Parameter + "." + member.Parameter).Prepend(attribute.Parameter));

    /// <summary>Every parameter of the page, and every member of its objects, as dotted paths (vpn_server.ssl_options.port).</summary>
    private static HashSet<string> CatalogPaths(ApiKind api)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        Collect(ParameterCatalog.For(api), string.Empty, paths);
        return paths;
    }

    private static void Collect(IEnumerable<ParameterDefinition> definitions, string prefix, HashSet<string> paths)
    {
        foreach (var definition in definitions)
        {
            var path = prefix + definition.Name;
            paths.Add(path);
            Collect(definition.Properties, path + ".", paths);
            if (definition.Items is { } items)
            {
                Collect(items.Properties, path + ".", paths);
            }
        }
    }
}
