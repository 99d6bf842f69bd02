using VpnLint.Cli.Parsing;
using VpnLint.Cli.Requests;
using VpnLint.Cli.Sources.Terraform.Mapping;
using VpnLint.Rules.Checks.Requests;
using VpnLint.Rules.Model;

namespace VpnLint.Cli.Sources.Terraform;

/// <summary>
/// A Terraform plan or state as <c>terraform show -json</c> writes it (format_version 1.x, and the 0.x of
/// Terraform 0.12 to 0.15, which has the same structure): each resource of a type VpnLint checks becomes the
/// request its provider sends (see <see cref="ProviderResources"/>), created or updated as the plan says;
/// the resources it leaves as they are stay in the bundle for the others to see. The whole plan is one bundle.
/// </summary>
internal sealed class TerraformPlanSource : IRequestSource
{
    private TerraformPlanSource()
    {
    }

    public static TerraformPlanSource Instance { get; } = new();

    public InputFormat Format => InputFormat.Terraform;

    /// <summary>
    /// A plan is already the whole configuration, every module of it, and the resources of another configuration are
    /// in it only by their IDs; two plans of one folder are most often two workspaces or environments of one
    /// configuration, whose servers joined would each be a second server on the same gateway (VPN701).
    /// </summary>
    public bool JoinsFolderBundle => false;

    /// <summary>Names of parameters that the providers spell one way whatever the resource (EnableSsl is enable_ssl), for messages about another resource of the bundle.</summary>
    private static IReadOnlyDictionary<string, string> SourceNames { get; } = CollectSourceNames();

    public bool Claims(ParsedDocument document) =>
        document.Documents is [ObjectValue root] && root.Find("format_version") is not null &&
        (root.Find("resource_changes") is not null || root.Find("planned_values") is not null || (root.Find("values") is not null && root.Find("terraform_version") is not null));

    public FileRequests Read(ParsedDocument document, string displayPath, bool judgeEverything)
    {
        var result = new FileRequests { HoldsRequests = true };
        if (document.Documents is not [ObjectValue root])
        {
            result.Findings.Add(UndeterminedApi.Report(document.Source.Span(0, 0), "a Terraform plan is one JSON object, as terraform show -json writes it"));
            return result;
        }

        if (!ReadableVersion(root, result))
        {
            return result;
        }

        var configuration = PlanConfiguration.Read(root.Get("configuration"));
        var resources = PlanReader.Read(root, configuration, result);
        var links = new GatewayLinks(resources, configuration);

        // What exists comes first: a new server is the second of its kind on a gateway that already has one.
        foreach (var resource in resources.OrderBy(resource => resource.Action == PlanAction.Existing ? 0 : 1))
        {
            var type = ProviderResources.Find(resource.Type)!;
            var (mapping, contextOnly) = resource.Action switch
            {
                PlanAction.Update when type.Update is { } update => (update, false),
                PlanAction.Create => (type.Create, false),

                // Left as it is, or updated through an API VpnLint does not check: the bundle still needs it.
                _ => (type.Create, true),
            };
            var vocabulary = new ResourceVocabulary(resource.Address, resource.AddressSpan, SourceNames, (path, value) =>
                $"a plan is what terraform writes from the configuration, so VpnLint writes nothing to it: set {path} of {resource.Address} to {value} in its .tf configuration, then plan again");
            result.Add(PlanRequestBuilder.Build(resource, mapping, vocabulary, links.Link), new RequestOrigin(vocabulary, contextOnly));
        }

        PlanSecrets.Find(root, result.Secrets);
        result.HoldsRequests = judgeEverything || result.Requests.Count > 0 || result.Findings.Count > 0;
        return result;
    }

    /// <summary>Terraform promises that a new major format_version breaks readers: one VpnLint does not know is VPN002 at it, and nothing is read.</summary>
    private static bool ReadableVersion(ObjectValue root, FileRequests result)
    {
        var version = root.Get("format_version");
        var text = (version as StringValue)?.Text;
        var major = text?.Split('.')[0];
        if (major is "0" or "1")
        {
            return true;
        }

        var problem = version is null ? "the file has no format_version, so it is not Terraform's JSON output"
            : text is null ? "format_version is not a version string"
            : $"format_version {text} is not a format VpnLint reads";
        result.Findings.Add(UndeterminedApi.Report((version ?? root).Span, $"{problem}: it reads Terraform's JSON format 1.x (terraform show -json of Terraform 1.0 and later)"));
        return false;
    }

    private static Dictionary<string, string> CollectSourceNames()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in ProviderResources.All)
        {
            foreach (var mapping in new[] { type.Create, type.Update })
            {
                foreach (var attribute in (mapping?.Attributes ?? []).SelectMany(attribute => attribute.Members.Prepend(attribute)))
                {
                    var parameter = attribute.Parameter[(attribute.Parameter.IndexOf('.', StringComparison.Ordinal) + 1)..];
                    if (names.TryGetValue(parameter, out var known) && known != attribute.Attribute)
                    {
                        ambiguous.Add(parameter);
                    }

                    names[parameter] = attribute.Attribute;
                }
            }
        }

        foreach (var name in ambiguous)
        {
            names.Remove(name);
        }

        return names;
    }
}
