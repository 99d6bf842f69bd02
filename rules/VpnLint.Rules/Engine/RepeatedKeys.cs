using VpnLint.Rules.Model;
using VpnLint.Rules.Parameters;

namespace VpnLint.Rules.Engine;

/// <summary>
/// The objects of a request that hold a key more than once, anywhere: the request itself, nested objects and
/// lists, and the JSON inside IkeConfig and IpsecConfig strings. Found once per request, for VPN007 and for
/// judging the values a repeated key loses (<see cref="LosingValues"/>).
/// </summary>
internal static class RepeatedKeys
{
    public static IReadOnlyList<RepeatedKeyObject> Of(RequestFacts request)
    {
        List<RepeatedKeyObject>? found = null;
        Visit(request.Request.Root, string.Empty, null, ref found);
        var definitions = ParameterCatalog.For(request.Api);
        for (var index = 0; index < definitions.Count; index++)
        {
            var definition = definitions[index];
            if (definition.EmbeddedJson && request.Get(definition.Name) is StringValue text &&
                request.ReadEmbeddedJson(text).Value is { } embedded)
            {
                Visit(embedded, definition.Name + ".", new EmbeddedObject(definition.Name, embedded), ref found);
            }
        }

        return found ?? (IReadOnlyList<RepeatedKeyObject>)[];
    }

    private static void Visit(RequestValue value, string pathPrefix, EmbeddedObject? embedded, ref List<RepeatedKeyObject>? found)
    {
        switch (value)
        {
            case ObjectValue objectValue:
                List<int>? repeats = null;
                for (var index = 1; index < objectValue.Members.Count; index++)
                {
                    if (objectValue.FirstOfName(index) is not null)
                    {
                        (repeats ??= []).Add(index);
                    }
                }

                if (repeats is not null)
                {
                    (found ??= []).Add(new RepeatedKeyObject(objectValue, pathPrefix, repeats, embedded));
                }

                var members = objectValue.Members;
                for (var index = 0; index < members.Count; index++)
                {
                    var member = members[index];
                    // Paths are built only for containers, which is where repeats can be.
                    if (member.Value is ObjectValue or ArrayValue)
                    {
                        Visit(member.Value, pathPrefix + member.Name + ".", embedded, ref found);
                    }
                }

                break;
            case ArrayValue array:
                var arrayPath = pathPrefix.TrimEnd('.');
                for (var index = 0; index < array.Items.Count; index++)
                {
                    if (array.Items[index] is ObjectValue or ArrayValue)
                    {
                        Visit(array.Items[index], Paths.Item(arrayPath, index) + ".", embedded, ref found);
                    }
                }

                break;
        }
    }
}
