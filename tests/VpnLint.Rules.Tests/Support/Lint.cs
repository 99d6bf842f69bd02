using VpnLint.Rules.Apis;
using VpnLint.Rules.Json;
using VpnLint.Rules.Model;

namespace VpnLint.Rules.Tests.Support;

/// <summary>Builds requests of the neutral model from JSON text, with real spans, through the rules' own strict JSON reader.</summary>
internal static class Lint
{
    public static Request Parse(ApiKind api, string json, string? label = null)
    {
        var source = new StringValue(json, new SourceText(json).Locate(0, json.Length), new SourceText(json));
        var result = EmbeddedJsonReader.ReadObject(source);
        Assert.IsNotNull(result.Value, $"The test's JSON does not parse: {result.Error}");
        return new Request(api, result.Value, label);
    }

    public static IReadOnlyList<Finding> Check(ApiKind api, string json, CheckContext? context = null) =>
        RuleEngine.Check(Parse(api, json), context);

    /// <summary>Checks requests together, as a bundle: each is an API, its JSON and an optional bundle label.</summary>
    public static IReadOnlyList<Finding> CheckBundle(CheckContext? context, params (ApiKind Api, string Json, string? Label)[] requests) =>
        RuleEngine.Check(new RequestBundle(requests.Select(request => Parse(request.Api, request.Json, request.Label)).ToList(), context));

    /// <summary>The findings of one rule only, so that a test pins that rule and no other.</summary>
    public static IReadOnlyList<Finding> Check(ApiKind api, string json, string ruleId, CheckContext? context = null) =>
        Of(Check(api, json, context), ruleId);

    public static IReadOnlyList<Finding> Of(IReadOnlyList<Finding> findings, string ruleId) =>
        findings.Where(finding => finding.RuleId == ruleId).ToList();

    /// <summary>The text a finding's span covers in <paramref name="json"/>.</summary>
    public static string TextAt(string json, Finding finding) => json.Substring(finding.Span.StartOffset, finding.Span.Length);
}
