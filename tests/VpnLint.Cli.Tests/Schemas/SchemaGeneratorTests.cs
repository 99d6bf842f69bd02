using System.Text.Json;
using System.Text.RegularExpressions;
using NJsonSchema;
using VpnLint.Cli.Schemas;
using VpnLint.Rules.Apis;
using VpnLint.Rules.Parameters;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Cli.Tests.Schemas;

[TestClass]
public sealed class SchemaGeneratorTests
{
    [TestMethod]
    public void CommittedSchemas_AreTheGeneratorsOutput()
    {
        foreach (var (name, expected) in SchemaGenerator.All())
        {
            var path = Repository.PathOf("schema", name);
            Assert.IsTrue(File.Exists(path), $"schema/{name} is missing; run: dotnet run --project cli/VpnLint.Cli -- schema");
            Assert.AreEqual(expected, File.ReadAllText(path).ReplaceLineEndings("\n"), $"schema/{name} is stale; run: dotnet run --project cli/VpnLint.Cli -- schema");
        }

        var extra = Directory.GetFiles(Repository.PathOf("schema"), "*.json").Select(Path.GetFileName).Except(SchemaGenerator.All().Keys);
        Assert.AreEqual(string.Empty, string.Join(", ", extra), "schema/ holds a file the generator does not write");
    }

    [TestMethod]
    public void BundleReferences_ResolveAgainstItsIdToTheIdOfASchemaServedAsJson()
    {
        var ids = SchemaGenerator.All().Keys.ToDictionary(name => name, name => IdOf(File.ReadAllText(Repository.PathOf("schema", name))));
        var bundle = File.ReadAllText(Repository.PathOf("schema", SchemaGenerator.BundleFileName));
        var references = Regex.Matches(bundle, "\"\\$ref\": \"(?<ref>[^\"#]+)\"").Select(match => match.Groups["ref"].Value).ToList();

        Assert.HasCount(Api.All.Count, references);
        foreach (var reference in references)
        {
            var resolved = new Uri(new Uri(ids[SchemaGenerator.BundleFileName]), reference).AbsoluteUri;
            CollectionAssert.Contains(ids.Values.ToList(), resolved, $"{reference} resolves to {resolved}, which is no schema's $id");
        }

        Assert.IsTrue(ids.Values.All(id => id.StartsWith("https://raw.githubusercontent.com/", StringComparison.Ordinal)), "A validator that fetches a $id must get JSON, not a web page.");
    }

    private static string IdOf(string schema)
    {
        using var document = JsonDocument.Parse(schema);
        return document.RootElement.GetProperty("$id").GetString()!;
    }

    [TestMethod]
    public void EmbeddedSchemas_AreTheCommittedFiles()
    {
        foreach (var (name, expected) in SchemaGenerator.All())
        {
            Assert.AreEqual(expected, SchemaStore.Text(name)?.ReplaceLineEndings("\n"), name);
        }
    }

    [TestMethod]
    public async Task EverySchema_LoadsAndNamesEveryParameterOfItsApi()
    {
        foreach (var api in Api.All)
        {
            var schema = await JsonSchema.FromJsonAsync(SchemaGenerator.ForApi(api));

            foreach (var parameter in ParameterCatalog.For(api.Kind))
            {
                Assert.IsTrue(schema.Properties.ContainsKey(parameter.Name), $"{api.Name}: {parameter.Name}");
                Assert.AreEqual(parameter.Description, schema.Properties[parameter.Name].Description?.Split(" (Newer than")[0].Split(" A secret:")[0], $"{api.Name}: {parameter.Name}");
                Assert.AreEqual(parameter.Required, schema.RequiredProperties.Contains(parameter.Name), $"{api.Name}: {parameter.Name}");
            }

            Assert.IsFalse(schema.AllowAdditionalProperties, api.Name);
        }
    }

    [TestMethod]
    public async Task FastReader_GivesNJsonSchemasOwnReadingOfEveryApiSchema()
    {
        foreach (var api in Api.All)
        {
            var text = SchemaGenerator.ForApi(api);
            var expected = await JsonSchema.FromJsonAsync(text);

            var actual = SchemaReader.Read(text);

            Assert.AreEqual(WithoutEditorKeywords(expected).ToJson(), actual.ToJson(), api.Name);
        }
    }

    [TestMethod]
    public void SecretParameters_HaveNoExample()
    {
        var huawei = SchemaGenerator.ForApi(Api.HuaweiCreateVpnServer);

        StringAssert.Contains(huawei, "\"writeOnly\": true");
        Assert.DoesNotContain("BEGIN CERTIFICATE-----\"", huawei);
    }

    /// <summary>NJsonSchema keeps $id, examples and writeOnly as extension data; the validator never reads them, so the fast reader skips them.</summary>
    private static JsonSchema WithoutEditorKeywords(JsonSchema schema)
    {
        schema.ExtensionData?.Remove("$id");
        schema.ExtensionData?.Remove("examples");
        schema.ExtensionData?.Remove("writeOnly");
        if (schema.ExtensionData?.Count == 0)
        {
            schema.ExtensionData = null;
        }

        foreach (var property in schema.Properties.Values)
        {
            WithoutEditorKeywords(property);
        }

        if (schema.Item is { } item)
        {
            WithoutEditorKeywords(item);
        }

        return schema;
    }
}
