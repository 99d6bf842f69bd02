using VpnLint.Rules.Model;
using VpnLint.Rules.Parameters;

namespace VpnLint.Rules.Engine;

/// <summary>Finds every scope of a request by following the parameter catalogue into nested objects.</summary>
internal static class ParameterScopes
{
    public static IReadOnlyList<ParameterScope> Of(RequestFacts facts)
    {
        var scopes = new List<ParameterScope>();
        var root = new ParameterScope(facts.Request.Root, ParameterCatalog.For(facts.Api), string.Empty, facts.Request.Description.DisplayName);
        Collect(root, facts, scopes);
        return scopes;
    }

    private static void Collect(ParameterScope scope, RequestFacts facts, List<ParameterScope> scopes)
    {
        scopes.Add(scope);
        var members = scope.Value.Members;
        for (var position = 0; position < members.Count; position++)
        {
            var member = members[position];
            if (scope.Find(member.Name) is not { } definition || !CanHoldScopes(definition))
            {
                continue;
            }

            var value = member.Value;
            var path = scope.PathPrefix + definition.Name;
            if (definition.Type == ParameterType.Object || definition.EmbeddedJson)
            {
                var fromString = value is StringValue;
                var nested = value switch
                {
                    ObjectValue objectValue => objectValue,
                    StringValue text when definition.EmbeddedJson => facts.ReadEmbeddedJson(text).Value,
                    _ => null,
                };
                if (nested is not null)
                {
                    var insideString = scope.IsInsideJsonString || fromString;
                    Collect(new ParameterScope(nested, definition.Properties, path + ".", Paths.Display(path), insideString), facts, scopes);
                }
            }
            else if (value is ArrayValue array)
            {
                for (var index = 0; index < array.Items.Count; index++)
                {
                    if (array.Items[index] is ObjectValue item)
                    {
                        var itemPath = Paths.Item(path, index);
                        Collect(new ParameterScope(item, definition.Items!.Properties, itemPath + ".", Paths.Display(itemPath), scope.IsInsideJsonString), facts, scopes);
                    }
                }
            }
        }
    }

    private static bool CanHoldScopes(ParameterDefinition definition) =>
        definition.Type == ParameterType.Object || definition.EmbeddedJson || definition.Items is { Type: ParameterType.Object };
}
