using VpnLint.Rules.Model;

namespace VpnLint.Cli.Sources.Terraform;

/// <summary>
/// A plan's <c>configuration</c>: each resource block's expressions and each module call's, by module path,
/// so that a value can be told to be written, a default of the provider, or a reference to another resource.
/// </summary>
internal sealed class PlanConfiguration
{
    private readonly Dictionary<string, ObjectValue> resources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ObjectValue> calls = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RequestValue> outputs = new(StringComparer.Ordinal);

    private PlanConfiguration(bool known) => Known = known;

    /// <summary>False for a state, which has no configuration: every value counts as written.</summary>
    public bool Known { get; }

    public static PlanConfiguration Read(RequestValue? configuration)
    {
        var result = new PlanConfiguration(configuration is ObjectValue);
        if ((configuration as ObjectValue)?.Get("root_module") is ObjectValue root)
        {
            result.ReadModule(root, string.Empty);
        }

        return result;
    }

    /// <summary>A resource block's expressions, from the module path it is in (module.vpn, without instance keys).</summary>
    public ObjectValue? Expressions(string modulePath, string type, string name) =>
        resources.GetValueOrDefault(Key(modulePath, type + "." + name));

    /// <summary>The expressions of the module block that makes the module at <paramref name="modulePath"/>.</summary>
    public ObjectValue? CallExpressions(string modulePath) => calls.GetValueOrDefault(modulePath);

    /// <summary>The expression of an output of the module at <paramref name="modulePath"/>.</summary>
    public RequestValue? OutputExpression(string modulePath, string output) => outputs.GetValueOrDefault(Key(modulePath, output));

    private void ReadModule(ObjectValue module, string path)
    {
        foreach (var output in (module.Get("outputs") as ObjectValue)?.Members ?? [])
        {
            if ((output.Value as ObjectValue)?.Get("expression") is { } expression)
            {
                outputs[Key(path, output.Name)] = expression;
            }
        }

        if (module.Get("resources") is ArrayValue blocks)
        {
            foreach (var block in blocks.Items.OfType<ObjectValue>())
            {
                if (block.Get("type") is StringValue type && block.Get("name") is StringValue name && block.Get("expressions") is ObjectValue expressions)
                {
                    resources[Key(path, type.Text + "." + name.Text)] = expressions;
                }
            }
        }

        if (module.Get("module_calls") is not ObjectValue moduleCalls)
        {
            return;
        }

        foreach (var call in moduleCalls.Members)
        {
            var childPath = (path.Length == 0 ? string.Empty : path + ".") + "module." + call.Name;
            if (call.Value is not ObjectValue body)
            {
                continue;
            }

            if (body.Get("expressions") is ObjectValue expressions)
            {
                calls[childPath] = expressions;
            }

            if (body.Get("module") is ObjectValue child)
            {
                ReadModule(child, childPath);
            }
        }
    }

    private static string Key(string modulePath, string resource) => modulePath + " " + resource;
}
