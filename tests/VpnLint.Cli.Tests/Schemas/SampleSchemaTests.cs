using NJsonSchema;
using VpnLint.Cli.Input;
using VpnLint.Cli.Parsing;
using VpnLint.Cli.Schemas;
using VpnLint.Rules.Model;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Cli.Tests.Schemas;

/// <summary>
/// The schemas accept every form the checker reads, as an editor applies them: each valid sample against its
/// API's schema, and every document of every bundle sample (an object of requests, or each document of a YAML
/// stream, one at a time, as the YAML extension validates a stream) against the bundle schema.
/// </summary>
[TestClass]
public sealed class SampleSchemaTests
{
    public static IEnumerable<object[]> ValidSamples =>
        Directory.GetFiles(Repository.PathOf("samples", "requests"), "valid.*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(path => new object[] { Relative(path) });

    public static IEnumerable<object[]> BundleSamples =>
        Directory.GetFiles(Repository.PathOf("samples", "requests", "bundles")).Order(StringComparer.Ordinal).Select(path => new object[] { Relative(path) });

    [TestMethod]
    [DynamicData(nameof(ValidSamples))]
    public async Task ValidSample_PassesItsApisSchema(string sample)
    {
        var api = Path.GetFileName(Path.GetDirectoryName(sample))!;
        var schema = await JsonSchema.FromFileAsync(Repository.PathOf("schema", api + ".schema.json"));

        foreach (var document in Documents(sample))
        {
            Assert.AreEqual(string.Empty, Errors(schema, document), sample);
        }
    }

    [TestMethod]
    [DynamicData(nameof(BundleSamples))]
    public async Task EveryDocumentOfABundleSample_PassesTheBundleSchema(string sample)
    {
        var schema = await BundleSchema();

        foreach (var document in Documents(sample))
        {
            Assert.AreEqual(string.Empty, Errors(schema, document), $"{sample}, the document at line {document.Span.StartLine}");
        }
    }

    [TestMethod]
    public async Task TheStreamFormOfABundle_IsJudgedDocumentByDocument()
    {
        var schema = await BundleSchema();

        Assert.AreEqual(string.Empty, Errors(schema, Yaml("context:\n  sslConnections: 5\n")), "a context document");
        Assert.AreNotEqual(string.Empty, Errors(schema, Yaml("context:\n  sslConnection: 5\n")), "a context document with a mistyped setting");
        Assert.AreNotEqual(string.Empty, Errors(schema, Yaml("context:\n  sslConnections: 7\n")), "a connection limit no gateway has");
        Assert.AreNotEqual(string.Empty, Errors(schema, Yaml("Action: CreateVpnGateway\nRegionId: cn-hangzhou\nVpcId: vpc-1\nBandwidth: ten\n")), "a request document breaks its API's schema");
        Assert.AreNotEqual(string.Empty, Errors(schema, Yaml("requests: []\n")), "a bundle lists at least one request");
        Assert.AreNotEqual(string.Empty, Errors(schema, Yaml("RegionId: cn-hangzhou\n")), "a document that names no API");
    }

    private static Task<JsonSchema> BundleSchema() => JsonSchema.FromFileAsync(Repository.PathOf("schema", SchemaGenerator.BundleFileName));

    private static string Errors(JsonSchema schema, RequestValue document) =>
        string.Join("; ", schema.Validate(SchemaValidation.ToToken(document)).Select(error => $"{error.Path}: {error.Kind}"));

    private static IReadOnlyList<RequestValue> Documents(string sample)
    {
        var source = new SourceText(File.ReadAllText(Repository.PathOf(sample)));
        var document = sample.EndsWith(".json", StringComparison.Ordinal) ? JsonSourceReader.Read(source) : YamlSourceReader.Read(source);
        Assert.IsNull(document.Malformed, sample);
        return document.Documents;
    }

    private static RequestValue Yaml(string text) => YamlSourceReader.Read(new SourceText(text)).Documents.Single();

    private static string Relative(string path) => Path.GetRelativePath(Repository.Root, path).Replace('\\', '/');
}
