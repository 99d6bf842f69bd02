using System.Text.Json;
using System.Text.Json.Nodes;

namespace VpnLint.Cli.Tests.Support;

/// <summary>
/// Writes a plan as <c>terraform show -json</c> does (format 1.2): each resource's change, with its values,
/// the values known only after apply and the sensitive ones, and its configuration's expressions. A value is
/// written in the configuration as a constant unless the test says it is not written or is a reference.
/// </summary>
internal sealed class TerraformPlan
{
    private readonly JsonArray changes = [];
    private readonly Dictionary<string, JsonObject> modules = new(StringComparer.Ordinal) { [string.Empty] = new JsonObject { ["resources"] = new JsonArray() } };

    public string FormatVersion { get; init; } = "1.2";

    /// <summary>Adds a resource instance; <paramref name="after"/> is a JSON object's text.</summary>
    /// <param name="type">The resource type.</param>
    /// <param name="name">The resource name.</param>
    /// <param name="after">The planned values.</param>
    /// <param name="unknown">after_unknown, as a JSON object's text.</param>
    /// <param name="sensitive">after_sensitive, as a JSON object's text.</param>
    /// <param name="references">Attributes the configuration writes as references, each with what it refers to.</param>
    /// <param name="notWritten">Attributes of <paramref name="after"/> the configuration does not write: the provider's defaults.</param>
    /// <param name="actions">The change's actions.</param>
    /// <param name="before">The values before the change, for an update or a no-op.</param>
    /// <param name="module">The module instance, such as module.vpn; empty for the root.</param>
    /// <param name="index">The count or for_each key, as JSON (0, "east").</param>
    public TerraformPlan Resource(
        string type,
        string name,
        string after,
        string unknown = "{}",
        string sensitive = "{}",
        IReadOnlyDictionary<string, string[]>? references = null,
        string[]? notWritten = null,
        string[]? actions = null,
        string? before = null,
        string module = "",
        string? index = null)
    {
        var values = JsonNode.Parse(after)!.AsObject();
        var address = (module.Length == 0 ? string.Empty : module + ".") + type + "." + name + (index is null ? string.Empty : "[" + index + "]");
        var change = new JsonObject { ["address"] = address };
        if (module.Length > 0)
        {
            change["module_address"] = module;
        }

        change["mode"] = "managed";
        change["type"] = type;
        change["name"] = name;
        if (index is not null)
        {
            change["index"] = JsonNode.Parse(index);
        }

        change["provider_name"] = type.StartsWith("huaweicloud", StringComparison.Ordinal) ? "registry.terraform.io/huaweicloud/huaweicloud" : "registry.terraform.io/aliyun/alicloud";
        change["change"] = new JsonObject
        {
            ["actions"] = new JsonArray((actions ?? ["create"]).Select(action => (JsonNode)action).ToArray()),
            ["before"] = before is null ? null : JsonNode.Parse(before),
            ["after"] = values,
            ["after_unknown"] = JsonNode.Parse(unknown),
            ["before_sensitive"] = before is null ? false : new JsonObject(),
            ["after_sensitive"] = JsonNode.Parse(sensitive),
        };
        changes.Add(change);

        var expressions = new JsonObject();
        foreach (var (attribute, value) in values)
        {
            if (value is not null && !(notWritten ?? []).Contains(attribute))
            {
                expressions[attribute] = value is JsonArray blocks && blocks.All(block => block is JsonObject)
                    ? new JsonArray(blocks.Select(block => (JsonNode)Constants(block!.AsObject())).ToArray())
                    : new JsonObject { ["constant_value"] = value.DeepClone() };
            }
        }

        foreach (var (attribute, targets) in references ?? new Dictionary<string, string[]>())
        {
            expressions[attribute] = new JsonObject { ["references"] = new JsonArray(targets.Select(target => (JsonNode)target).ToArray()) };
        }

        var configuration = Module(module.Length == 0 ? string.Empty : ModulePath(module));
        if (!configuration["resources"]!.AsArray().Any(resource => resource!["type"]!.GetValue<string>() == type && resource["name"]!.GetValue<string>() == name))
        {
            configuration["resources"]!.AsArray().Add(new JsonObject { ["address"] = type + "." + name, ["mode"] = "managed", ["type"] = type, ["name"] = name, ["expressions"] = expressions });
        }

        return this;
    }

    /// <summary>A module call, with the expressions of its arguments and the outputs of the module, each a list of references.</summary>
    public TerraformPlan ModuleCall(string modulePath, IReadOnlyDictionary<string, string[]>? arguments = null, IReadOnlyDictionary<string, string[]>? outputs = null)
    {
        var module = Module(modulePath);
        module["outputs"] = References(outputs, "expression");
        Call(modulePath)["expressions"] = References(arguments, null);
        return this;
    }

    public string Json()
    {
        var root = new JsonObject
        {
            ["format_version"] = FormatVersion,
            ["terraform_version"] = "1.11.4",
            ["resource_changes"] = changes.DeepClone(),
            ["configuration"] = new JsonObject { ["root_module"] = modules[string.Empty].DeepClone() },
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    private static JsonObject Constants(JsonObject block)
    {
        var expressions = new JsonObject();
        foreach (var (attribute, value) in block)
        {
            if (value is not null)
            {
                expressions[attribute] = new JsonObject { ["constant_value"] = value.DeepClone() };
            }
        }

        return expressions;
    }

    private static JsonObject References(IReadOnlyDictionary<string, string[]>? named, string? wrapper)
    {
        var result = new JsonObject();
        foreach (var (name, targets) in named ?? new Dictionary<string, string[]>())
        {
            var expression = new JsonObject { ["references"] = new JsonArray(targets.Select(target => (JsonNode)target).ToArray()) };
            result[name] = wrapper is null ? expression : new JsonObject { [wrapper] = expression };
        }

        return result;
    }

    /// <summary>module.vpn[0].module.inner as the configuration names it: module.vpn.module.inner.</summary>
    private static string ModulePath(string module) => string.Join('.', module.Split('.').Select(step => step.Split('[')[0]));

    private JsonObject Module(string path)
    {
        if (!modules.TryGetValue(path, out var module))
        {
            module = new JsonObject { ["resources"] = new JsonArray() };
            modules[path] = module;
            Call(path)["module"] = module;
        }

        return module;
    }

    private JsonObject Call(string path)
    {
        var dot = path.LastIndexOf(".module.", StringComparison.Ordinal);
        var parent = dot < 0 ? string.Empty : path[..dot];
        var name = path[((dot < 0 ? 0 : dot + 1) + "module.".Length)..];
        var calls = Module(parent)["module_calls"] as JsonObject ?? (JsonObject)(Module(parent)["module_calls"] = new JsonObject());
        return calls[name] as JsonObject ?? (JsonObject)(calls[name] = new JsonObject());
    }
}
