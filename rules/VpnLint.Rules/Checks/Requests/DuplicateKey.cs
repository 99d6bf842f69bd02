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

    /// <summary>
    /// Compares each key with those before it: request objects hold a few dozen keys at most, where this
    /// is quicker than a hash set and allocates nothing.
    /// </summary>
    private void ReportDuplicates(RequestCheckContext context, ObjectValue value, string pathPrefix)
    {
        var members = value.Members;
        for (var later = 1; later < members.Count; later++)
        {
            for (var earlier = 0; earlier < later; earlier++)
            {
                if (string.Equals(members[earlier].Name, members[later].Name, StringComparison.Ordinal))
                {
                    if (IsFirstOccurrence(members, earlier))
                    {
                        Report(context, members[later], members[earlier], pathPrefix);
                    }

                    break;
                }
            }
        }
    }

    private static bool IsFirstOccurrence(IReadOnlyList<RequestMember> members, int index)
    {
        for (var before = 0; before < index; before++)
        {
            if (string.Equals(members[before].Name, members[index].Name, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private void Report(RequestCheckContext context, RequestMember duplicate, RequestMember first, string pathPrefix) =>
        context.Report(RuleId, duplicate.NameSpan, pathPrefix + duplicate.Name,
        [
            duplicate.Name,
            first.NameSpan.StartLine.ToString(CultureInfo.InvariantCulture),
            first.NameSpan.StartColumn.ToString(CultureInfo.InvariantCulture),
        ]);
}
