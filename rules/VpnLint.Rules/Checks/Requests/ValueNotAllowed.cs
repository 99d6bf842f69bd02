using VpnLint.Rules.Catalog;
using VpnLint.Rules.Engine;
using VpnLint.Rules.Model;

namespace VpnLint.Rules.Checks.Requests;

/// <summary>
/// VPN006: a value outside the page's documented set (Proto, Cipher, NetworkType, IkeVersion, Huawei's
/// enumerations...). A value that differs only in case names the right spelling, which the fix writes.
/// </summary>
internal sealed class ValueNotAllowed : MemberCheck
{
    public override string RuleId => RuleIds.ValueNotAllowed;

    public override StructuralViolationKind Kind => StructuralViolationKind.ValueNotAllowed;

    protected override void Check(RequestCheckContext context, ParameterScope scope, RequestMember member)
    {
        var definition = scope.Find(member.Name);
        if (definition is null || definition.AllowedValues.Count == 0 || ValueReader.ReadText(member.Value) is not { } text ||
            Find(definition.AllowedValues, text, StringComparison.Ordinal) is not null)
        {
            return;
        }

        var path = scope.PathPrefix + member.Name;
        var spelling = Find(definition.AllowedValues, text, StringComparison.OrdinalIgnoreCase);
        var fix = spelling is not null
            ? $"write {spelling}; the values are case-sensitive"
            : definition.AllowedValues.Count == 1
                ? $"use {definition.AllowedValues[0]}"
                : $"use one of {string.Join(", ", definition.AllowedValues)}";
        context.Report(RuleId, member.Value.Span, path, [Paths.Display(path), text, fix], replacement: spelling, replacesJsonStringContent: scope.IsInsideJsonString);
    }

    private static string? Find(IReadOnlyList<string> values, string text, StringComparison comparison)
    {
        for (var index = 0; index < values.Count; index++)
        {
            var value = values[index];
            if (string.Equals(value, text, comparison))
            {
                return value;
            }
        }

        return null;
    }
}
