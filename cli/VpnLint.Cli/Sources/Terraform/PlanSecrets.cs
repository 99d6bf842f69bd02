using VpnLint.Rules.Model;

namespace VpnLint.Cli.Sources.Terraform;

/// <summary>
/// The values a plan or state marks sensitive, wherever it holds them: each change's before and after (by
/// <c>before_sensitive</c> and <c>after_sensitive</c>), the resources of <c>planned_values</c>,
/// <c>prior_state</c> and a state's <c>values</c> (by <c>sensitive_values</c>), and the values of the
/// variables the configuration declares sensitive. Terraform writes them all in clear text.
/// </summary>
internal static class PlanSecrets
{
    public static void Find(ObjectValue root, List<SourceSpan> spans)
    {
        foreach (var change in ((root.Get("resource_changes") as ArrayValue)?.Items ?? []).OfType<ObjectValue>().Select(entry => entry.Get("change")).OfType<ObjectValue>())
        {
            Mark(change.Get("before"), change.Get("before_sensitive"), spans);
            Mark(change.Get("after"), change.Get("after_sensitive"), spans);
        }

        foreach (var values in new[] { root.Get("planned_values"), (root.Get("prior_state") as ObjectValue)?.Get("values"), root.Get("values") })
        {
            if ((values as ObjectValue)?.Get("root_module") is ObjectValue module)
            {
                MarkModule(module, spans);
            }
        }

        var declared = ((root.Get("configuration") as ObjectValue)?.Get("root_module") as ObjectValue)?.Get("variables") as ObjectValue;
        if (root.Get("variables") is ObjectValue variables && declared is not null)
        {
            foreach (var variable in variables.Members)
            {
                if ((declared.Get(variable.Name) as ObjectValue)?.Get("sensitive") is BooleanValue { Value: true } && (variable.Value as ObjectValue)?.Get("value") is { } value)
                {
                    spans.Add(value.Span);
                }
            }
        }
    }

    private static void MarkModule(ObjectValue module, List<SourceSpan> spans)
    {
        foreach (var resource in ((module.Get("resources") as ArrayValue)?.Items ?? []).OfType<ObjectValue>())
        {
            Mark(resource.Get("values"), resource.Get("sensitive_values"), spans);
        }

        foreach (var child in ((module.Get("child_modules") as ArrayValue)?.Items ?? []).OfType<ObjectValue>())
        {
            MarkModule(child, spans);
        }
    }

    /// <summary>Follows the marks, which mirror the values' shape with true at each sensitive leaf.</summary>
    private static void Mark(RequestValue? value, RequestValue? marks, List<SourceSpan> spans)
    {
        switch (marks)
        {
            case BooleanValue { Value: true } when value is not null and not NullValue:
                spans.Add(value.Span);
                break;
            case ObjectValue mapping when value is ObjectValue values:
                foreach (var mark in mapping.Members)
                {
                    Mark(values.Get(mark.Name), mark.Value, spans);
                }

                break;
            case ArrayValue list when value is ArrayValue items:
                for (var index = 0; index < list.Items.Count && index < items.Items.Count; index++)
                {
                    Mark(items.Items[index], list.Items[index], spans);
                }

                break;
        }
    }
}
