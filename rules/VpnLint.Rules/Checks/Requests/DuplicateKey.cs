using System.Globalization;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Engine;
using VpnLint.Rules.Model;
using VpnLint.Rules.Parameters;

namespace VpnLint.Rules.Checks.Requests;

/// <summary>
/// VPN007: a key appears twice in one object, anywhere in the request, the JSON inside IkeConfig and
/// IpsecConfig strings included. Reported at the second key, naming where the first stands.
/// </summary>
internal sealed class DuplicateKey : RequestCheck
{
    public override string RuleId => RuleIds.DuplicateKey;

    public override void Check(RequestCheckContext context)
    {
        Visit(context, context.Request.Request.Root, string.Empty);
        foreach (var definition in ParameterCatalog.For(context.Request.Api))
        {
            if (definition.EmbeddedJson && context.Request.Get(definition.Name) is StringValue text &&
                context.Request.ReadEmbeddedJson(text).Value is { } embedded)
            {
                Visit(context, embedded, definition.Name + ".");
            }
        }
    }

    private void Visit(RequestCheckContext context, RequestValue value, string pathPrefix)
    {
        switch (value)
        {
            case ObjectValue objectValue:
                ReportDuplicates(context, objectValue, pathPrefix);
                foreach (var member in objectValue.Members)
                {
                    Visit(context, member.Value, pathPrefix + member.Name + ".");
                }

                break;
            case ArrayValue array:
                var arrayPath = pathPrefix.TrimEnd('.');
                for (var index = 0; index < array.Items.Count; index++)
                {
                    Visit(context, array.Items[index], Paths.Item(arrayPath, index) + ".");
                }

                break;
        }
    }

    private void ReportDuplicates(RequestCheckContext context, ObjectValue value, string pathPrefix)
    {
        if (value.Members.Count < 2)
        {
            return;
        }

        var first = new Dictionary<string, RequestMember>(StringComparer.Ordinal);
        foreach (var member in value.Members)
        {
            if (!first.TryGetValue(member.Name, out var earlier))
            {
                first.Add(member.Name, member);
                continue;
            }

            context.Report(RuleId, member.NameSpan, pathPrefix + member.Name,
            [
                member.Name,
                earlier.NameSpan.StartLine.ToString(CultureInfo.InvariantCulture),
                earlier.NameSpan.StartColumn.ToString(CultureInfo.InvariantCulture),
            ]);
        }
    }
}
