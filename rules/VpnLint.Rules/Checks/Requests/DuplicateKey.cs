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
        var definitions = ParameterCatalog.For(context.Request.Api);
        for (var index = 0; index < definitions.Count; index++)
        {
            var definition = definitions[index];
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
                var members = objectValue.Members;
                for (var index = 0; index < members.Count; index++)
                {
                    var member = members[index];
                    // Paths are built only for containers, which is where duplicates can be.
                    if (member.Value is ObjectValue or ArrayValue)
                    {
                        Visit(context, member.Value, pathPrefix + member.Name + ".");
                    }
                }

                break;
            case ArrayValue array:
                var arrayPath = pathPrefix.TrimEnd('.');
                for (var index = 0; index < array.Items.Count; index++)
                {
                    if (array.Items[index] is ObjectValue or ArrayValue)
                    {
                        Visit(context, array.Items[index], Paths.Item(arrayPath, index) + ".");
                    }
                }

                break;
        }
    }

    private void ReportDuplicates(RequestCheckContext context, ObjectValue value, string pathPrefix)
    {
        for (var index = 1; index < value.Members.Count; index++)
        {
            if (value.FirstOfName(index) is { } first)
            {
                Report(context, value.Members[index], first, pathPrefix);
            }
        }
    }

    private void Report(RequestCheckContext context, RequestMember duplicate, RequestMember first, string pathPrefix) =>
        context.Report(RuleId, duplicate.NameSpan, pathPrefix + duplicate.Name,
        [
            duplicate.Name,
            first.NameSpan.StartLine.ToString(CultureInfo.InvariantCulture),
            first.NameSpan.StartColumn.ToString(CultureInfo.InvariantCulture),
        ]);
}
