namespace VpnLint.Cli.Sources.Terraform;

/// <summary>
/// The parts of Terraform's addresses and references that VpnLint reads: module paths, instance keys, and
/// which resource or variable a reference names. Keys may hold dots and brackets inside quotes.
/// </summary>
internal static class TerraformAddress
{
    private static readonly HashSet<string> NotResourceTypes = new(StringComparer.Ordinal)
    {
        "var", "local", "module", "data", "count", "each", "path", "terraform", "self",
    };

    /// <summary>A module instance's path without its instance keys, as the configuration names the module: module.vpn[0] is module.vpn.</summary>
    public static string ModulePath(string moduleAddress) =>
        string.Join('.', Steps(moduleAddress).Select(step => step.Name));

    /// <summary>The module instance that calls <paramref name="moduleAddress"/>; empty for a module of the root.</summary>
    public static string Parent(string moduleAddress)
    {
        var steps = Steps(moduleAddress);
        return steps.Count <= 2 ? string.Empty : string.Join('.', steps.Take(steps.Count - 2).Select(step => step.Text));
    }

    /// <summary>The resource a reference names (alicloud_vpn_gateway.office[0].id), with its key when it gives one.</summary>
    public static (string Type, string Name, string? Key)? Resource(string reference)
    {
        var steps = Steps(reference);
        if (steps.Count < 2 || NotResourceTypes.Contains(steps[0].Name) || steps[0].Key is not null)
        {
            return null;
        }

        return (steps[0].Name, steps[1].Name, steps[1].Key);
    }

    /// <summary>The input variable a reference names (var.gateway_id.x names gateway_id).</summary>
    public static string? Variable(string reference)
    {
        var steps = Steps(reference);
        return steps.Count >= 2 && steps[0].Name == "var" ? steps[1].Name : null;
    }

    /// <summary>The module output a reference names (module.vpn.gateway_id), with the module call's key when it gives one.</summary>
    public static (string Call, string? Key, string Output)? ModuleOutput(string reference)
    {
        var steps = Steps(reference);
        return steps.Count >= 3 && steps[0].Name == "module" && steps[0].Key is null ? (steps[1].Name, steps[1].Key, steps[2].Name) : null;
    }

    /// <summary>A key as a plan's <c>index</c> or an address writes it, compared as text: 0 and "east" (with its quotes).</summary>
    public static bool SameKey(string? left, string? right) => string.Equals(left, right, StringComparison.Ordinal);

    /// <summary>The dot-separated steps of an address, each a name with the key written after it in brackets, if any.</summary>
    private static List<(string Name, string? Key, string Text)> Steps(string address)
    {
        var steps = new List<(string, string?, string)>();
        var start = 0;
        var depth = 0;
        var quoted = false;
        for (var index = 0; index <= address.Length; index++)
        {
            var character = index < address.Length ? address[index] : '.';
            if (quoted)
            {
                quoted = character != '"' || address[index - 1] == '\\';
                continue;
            }

            switch (character)
            {
                case '"':
                    quoted = true;
                    break;
                case '[':
                    depth++;
                    break;
                case ']':
                    depth--;
                    break;
                case '.' when depth == 0:
                    if (index > start)
                    {
                        steps.Add(Step(address[start..index]));
                    }

                    start = index + 1;
                    break;
            }
        }

        return steps;
    }

    private static (string Name, string? Key, string Text) Step(string text)
    {
        var bracket = text.IndexOf('[', StringComparison.Ordinal);
        return bracket < 0 || !text.EndsWith(']') ? (text, null, text) : (text[..bracket], text[(bracket + 1)..^1], text);
    }
}
