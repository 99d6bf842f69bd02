using VpnLint.Rules.Catalog;
using VpnLint.Rules.Engine;
using VpnLint.Rules.Model;

namespace VpnLint.Rules.Checks.Requests;

/// <summary>
/// VPN005: a key the page does not define, in the request or any object inside it (IkeConfig and
/// IpsecConfig included). The API ignores it, so the setting the writer meant never takes effect.
/// </summary>
internal sealed class UnknownParameter : MemberCheck
{
    public override string RuleId => RuleIds.UnknownParameter;

    public override StructuralViolationKind Kind => StructuralViolationKind.UnknownMember;

    protected override void Check(RequestCheckContext context, ParameterScope scope, RequestMember member)
    {
        if (scope.Find(member.Name) is not null)
        {
            return;
        }

        var suggestion = NameSuggestion.Closest(member.Name, Names(scope));
        var fix = suggestion is null ? "remove it, or check the page for the name" : $"did you mean {suggestion}?";
        context.Report(RuleId, member.NameSpan, scope.PathPrefix + member.Name, [member.Name, scope.Owner, fix]);
    }

    private static IEnumerable<string> Names(ParameterScope scope)
    {
        foreach (var definition in scope.Definitions)
        {
            yield return definition.Name;
        }
    }
}
