using System.Runtime.CompilerServices;
using VpnLint.Rules.Parameters;

namespace VpnLint.Rules.Engine;

/// <summary>
/// A catalogue list of parameters, indexed once for the structural checks, which look up every member
/// of every request in it: by name, and its required parameters apart.
/// </summary>
internal sealed class DefinitionIndex
{
    private static readonly ConditionalWeakTable<IReadOnlyList<ParameterDefinition>, DefinitionIndex> Indexes = new();

    private readonly Dictionary<string, ParameterDefinition> byName;

    private DefinitionIndex(IReadOnlyList<ParameterDefinition> definitions)
    {
        byName = new Dictionary<string, ParameterDefinition>(definitions.Count, StringComparer.Ordinal);
        var required = new List<ParameterDefinition>();
        foreach (var definition in definitions)
        {
            byName[definition.Name] = definition;
            if (definition.Required)
            {
                required.Add(definition);
            }
        }

        Required = required;
    }

    public IReadOnlyList<ParameterDefinition> Required { get; }

    public static DefinitionIndex Of(IReadOnlyList<ParameterDefinition> definitions) =>
        Indexes.GetValue(definitions, static list => new DefinitionIndex(list));

    public ParameterDefinition? Find(string name) => byName.TryGetValue(name, out var definition) ? definition : null;
}
