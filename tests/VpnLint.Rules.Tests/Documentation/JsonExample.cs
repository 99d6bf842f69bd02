using VpnLint.Rules.Checks.Requests;
using VpnLint.Rules.Json;
using VpnLint.Rules.Model;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Rules.Tests.Documentation;

/// <summary>
/// Runs a page's JSON example as a file front end would: a file the strict JSON reader cannot read is
/// VPN001; each object names its API (VPN002 when it does not) and is checked. A bundle example is
/// <c>{"context": {...}, "requests": [...]}</c>: the requests are checked together, with the context.
/// </summary>
internal static class JsonExample
{
    public static IReadOnlyList<Finding> Check(CodeBlock block)
    {
        var text = block.Text;
        var locator = new SourceText(text);
        var read = EmbeddedJsonReader.ReadObject(new StringValue(text, locator.Locate(0, text.Length), locator));
        if (read.Value is not { } root)
        {
            return [MalformedFile.Report("JSON", read.Error!, locator.Locate(0, text.Length))];
        }

        var objects = block.IsBundle ? BundleRequests(root) : [root];
        var context = block.IsBundle && root.Get("context") is ObjectValue contextObject
            ? ExampleContext.FromJson(contextObject, ExampleContext.FromOptions(block))
            : ExampleContext.FromOptions(block);

        var findings = new List<Finding>();
        var requests = new List<Request>();
        foreach (var candidate in objects)
        {
            var identified = UndeterminedApi.Identify(candidate);
            if (identified.Api is { } api)
            {
                requests.Add(new Request(api, candidate));
            }
            else if (identified.Finding is { } undetermined)
            {
                findings.Add(undetermined);
            }
        }

        findings.AddRange(RuleEngine.Check(new RequestBundle(requests, context)));
        return findings.OrderBy(finding => finding.Span.StartOffset).ThenBy(finding => finding.RuleId, StringComparer.Ordinal).ToList();
    }

    private static IReadOnlyList<ObjectValue> BundleRequests(ObjectValue root)
    {
        var unknown = root.Members.Select(member => member.Name).Except(["context", "requests"]).ToList();
        Assert.IsEmpty(unknown, "A bundle example holds only context and requests, not " + string.Join(", ", unknown));
        Assert.IsInstanceOfType<ArrayValue>(root.Get("requests"), "A bundle example's requests is a list of request objects.");
        var requests = ((ArrayValue)root.Get("requests")!).Items;
        Assert.IsTrue(requests.All(item => item is ObjectValue), "A bundle example's requests are objects.");
        return requests.Cast<ObjectValue>().ToList();
    }
}
