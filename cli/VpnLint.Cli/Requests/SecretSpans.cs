using VpnLint.Rules.Apis;
using VpnLint.Rules.Model;
using VpnLint.Rules.Parameters;

namespace VpnLint.Cli.Requests;

/// <summary>
/// Where a file holds secrets: the value of every key named as a secret parameter of any API (IPsec
/// <c>Psk</c>, a Huawei certificate's <c>content</c>), in any letter case and wherever it stands, so that
/// a misspelt, misplaced or duplicated secret is masked too. Writers never show text inside these spans.
/// </summary>
internal static class SecretSpans
{
    private static readonly HashSet<string> SecretNames = CollectSecretNames();

    /// <remarks>
    /// The model is immutable and built from its leaves up, so it holds no cycle; a node that YAML aliases
    /// reach several times is visited each time, which the reader's expansion budget bounds.
    /// </remarks>
    public static IReadOnlyList<SourceSpan> Find(IEnumerable<RequestValue> documents)
    {
        var spans = new List<SourceSpan>();
        foreach (var document in documents)
        {
            Visit(document, spans);
        }

        return spans;
    }

    public static bool IsSecretName(string name) => SecretNames.Contains(name);

    private static void Visit(RequestValue value, List<SourceSpan> spans)
    {
        switch (value)
        {
            case ObjectValue mapping:
                foreach (var member in mapping.Members)
                {
                    if (SecretNames.Contains(member.Name))
                    {
                        spans.Add(member.Value.Span);
                    }

                    Visit(member.Value, spans);
                }

                break;
            case ArrayValue list:
                foreach (var item in list.Items)
                {
                    Visit(item, spans);
                }

                break;
        }
    }

    private static HashSet<string> CollectSecretNames()
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var api in Api.All)
        {
            Collect(ParameterCatalog.For(api.Kind), names);
        }

        return names;
    }

    private static void Collect(IReadOnlyList<ParameterDefinition> definitions, HashSet<string> names)
    {
        foreach (var definition in definitions)
        {
            if (definition.IsSecret)
            {
                names.Add(definition.Name);
            }

            Collect(definition.Properties, names);
            if (definition.Items is { } items)
            {
                Collect([items], names);
            }
        }
    }
}
