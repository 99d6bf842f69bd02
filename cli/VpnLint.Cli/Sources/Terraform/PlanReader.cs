using VpnLint.Cli.Requests;
using VpnLint.Cli.Sources.Terraform.Mapping;
using VpnLint.Rules.Checks.Requests;
using VpnLint.Rules.Model;

namespace VpnLint.Cli.Sources.Terraform;

/// <summary>
/// The resource instances of a plan (<c>resource_changes</c>, with each change's actions, values and marks)
/// or of a state (<c>values.root_module</c> and its <c>child_modules</c>), of the types VpnLint checks; the
/// managed resources of other types are counted. What is not shaped as Terraform writes it is VPN002 there.
/// </summary>
internal static class PlanReader
{
    public static List<PlanResource> Read(ObjectValue root, PlanConfiguration configuration, FileRequests result)
    {
        var resources = new List<PlanResource>();
        if (root.Find("resource_changes") is { } changes)
        {
            if (changes.Value is not ArrayValue list)
            {
                result.Findings.Add(UndeterminedApi.Report(changes.Value.Span, "resource_changes must be a list of the plan's resource changes, as terraform show -json writes it"));
                return resources;
            }

            foreach (var entry in list.Items)
            {
                ReadChange(entry, configuration, resources, result);
            }
        }
        else if ((root.Get("values") as ObjectValue)?.Get("root_module") is ObjectValue stateRoot)
        {
            ReadStateModule(stateRoot, string.Empty, resources, result);
        }
        else
        {
            result.Findings.Add(UndeterminedApi.Report(root.Span, "the plan has neither resource_changes nor a state's values.root_module; write it with terraform show -json plan.out (or of a state)"));
        }

        return resources;
    }

    private static void ReadChange(RequestValue entry, PlanConfiguration configuration, List<PlanResource> resources, FileRequests result)
    {
        if (entry is not ObjectValue change || change.Find("address") is not { Value: StringValue address } addressMember ||
            change.Get("type") is not StringValue type || change.Get("name") is not StringValue name)
        {
            result.Findings.Add(UndeterminedApi.Report(entry.Span, "an item of resource_changes has no address, type or name; write the plan with terraform show -json"));
            return;
        }

        if (change.Get("mode") is StringValue { Text: not "managed" })
        {
            return;
        }

        var details = change.Get("change") as ObjectValue;
        var action = ActionOf(details?.Get("actions"));
        var mapping = ProviderResources.Find(type.Text);
        if (mapping is null)
        {
            result.UncheckedResources += action == PlanAction.None ? 0 : 1;
            return;
        }

        if (action == PlanAction.None)
        {
            return;
        }

        if (details?.Get("after") is not ObjectValue after)
        {
            result.Findings.Add(UndeterminedApi.Report((details?.Get("after") ?? details ?? entry).Span, $"the change of {address.Text} has no after object with its planned values; write the plan with terraform show -json"));
            return;
        }

        var moduleAddress = (change.Get("module_address") as StringValue)?.Text ?? string.Empty;
        var expressions = configuration.Known ? configuration.Expressions(TerraformAddress.ModulePath(moduleAddress), type.Text, name.Text) : null;
        resources.Add(Resource(change, addressMember, type.Text, name.Text, moduleAddress, action,
            new PlanValue(null, after, details.Get("after_unknown"), details.Get("after_sensitive"), expressions, configuration.Known),
            new PlanValue(null, details.Get("before"), null, null, null, configuration.Known)));
    }

    private static void ReadStateModule(ObjectValue module, string moduleAddress, List<PlanResource> resources, FileRequests result)
    {
        foreach (var entry in (module.Get("resources") as ArrayValue)?.Items ?? [])
        {
            if (entry is not ObjectValue resource || resource.Find("address") is not { Value: StringValue address } addressMember ||
                resource.Get("type") is not StringValue type || resource.Get("name") is not StringValue name || resource.Get("mode") is StringValue { Text: not "managed" })
            {
                continue;
            }

            if (ProviderResources.Find(type.Text) is null)
            {
                result.UncheckedResources++;
                continue;
            }

            if (resource.Get("values") is not ObjectValue values)
            {
                result.Findings.Add(UndeterminedApi.Report(resource.Span, $"the state's {address.Text} has no values object; write the state with terraform show -json"));
                continue;
            }

            // A state holds what exists: each resource is judged as the request that creates it.
            resources.Add(Resource(resource, addressMember, type.Text, name.Text, moduleAddress, PlanAction.Create,
                new PlanValue(null, values, null, resource.Get("sensitive_values"), null, ConfigurationKnown: false), default));
        }

        foreach (var child in (module.Get("child_modules") as ArrayValue)?.Items.OfType<ObjectValue>() ?? [])
        {
            ReadStateModule(child, (child.Get("address") as StringValue)?.Text ?? moduleAddress, resources, result);
        }
    }

    private static PlanResource Resource(ObjectValue entry, RequestMember address, string type, string name, string moduleAddress, PlanAction action, PlanValue values, PlanValue before) => new()
    {
        Address = ((StringValue)address.Value).Text,
        AddressSpan = address.Value.Span,
        Type = type,
        Name = name,
        ModuleAddress = moduleAddress,
        Key = KeyOf(entry.Get("index")),
        Action = action,
        Values = values,
        Before = before,
        Span = entry.Span,
    };

    /// <summary>["create"], ["delete", "create"] and ["create", "delete"] create; ["update"] updates; ["no-op"] leaves it; the rest send nothing VpnLint checks.</summary>
    private static PlanAction ActionOf(RequestValue? actions)
    {
        var words = (actions as ArrayValue)?.Items.OfType<StringValue>().Select(word => word.Text).ToList() ?? [];
        return words.Contains("create") ? PlanAction.Create
            : words is ["update"] ? PlanAction.Update
            : words is ["no-op"] ? PlanAction.Existing
            : PlanAction.None;
    }

    private static string? KeyOf(RequestValue? index) => index switch
    {
        NumberValue number => number.Text,
        StringValue text => "\"" + text.Text + "\"",
        _ => null,
    };
}
