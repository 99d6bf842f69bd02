using VpnLint.Cli.Input;
using VpnLint.Cli.Parsing;
using VpnLint.Cli.Sources.Terraform;
using VpnLint.Rules.Model;

namespace VpnLint.Cli.Tests.Sources.Terraform;

/// <summary>Every value a plan marks sensitive is a secret span, wherever the plan repeats it.</summary>
[TestClass]
public sealed class PlanSecretsTests
{
    [TestMethod]
    public void SensitiveValues_OfChangesResourcesAndVariables_AreSecret()
    {
        const string plan = """
            {"format_version": "1.2",
             "variables": {"psk": {"value": "Secret-Variable"}, "size": {"value": 5}},
             "planned_values": {"root_module": {"resources": [{"values": {"psk": "Secret-Planned", "name": "shown"}, "sensitive_values": {"psk": true}}]}},
             "resource_changes": [{"change": {"before": {"certs": [{"content": "Secret-Before"}]}, "before_sensitive": {"certs": [{"content": true}]},
                                               "after": {"psk": "Secret-After", "name": "shown"}, "after_sensitive": {"psk": true}}}],
             "configuration": {"root_module": {"variables": {"psk": {"sensitive": true}, "size": {}}}}}
            """;
        var source = new SourceText(plan);
        var root = (ObjectValue)JsonSourceReader.Read(source).Documents[0];
        var spans = new List<SourceSpan>();

        PlanSecrets.Find(root, spans);

        var secrets = spans.Select(span => plan[span.StartOffset..span.EndOffset]).Order(StringComparer.Ordinal).ToList();
        CollectionAssert.AreEqual(new[] { "\"Secret-After\"", "\"Secret-Before\"", "\"Secret-Planned\"", "\"Secret-Variable\"" }, secrets);
    }
}
