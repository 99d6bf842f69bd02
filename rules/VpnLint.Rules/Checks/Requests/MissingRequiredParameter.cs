using VpnLint.Rules.Catalog;
using VpnLint.Rules.Engine;
using VpnLint.Rules.Model;
using VpnLint.Rules.Parameters;

namespace VpnLint.Rules.Checks.Requests;

/// <summary>
/// VPN003: a parameter the page requires is missing, null or an empty string. A list's count is left to
/// the rule that owns it (VPN109 for local_subnets, VPN402 for client CA certificates), and Action to VPN002.
/// </summary>
internal sealed class MissingRequiredParameter : StructuralCheck
{
    public override string RuleId => RuleIds.MissingRequiredParameter;

    public override StructuralViolationKind Kind => StructuralViolationKind.MissingRequired;

    public override void CheckMember(RequestCheckContext context, ParameterScope scope, string name)
    {
        var definition = scope.Find(name);
        if (definition is null || !definition.Required || definition.Origin == ParameterOrigin.Envelope)
        {
            return;
        }

        var value = scope.Value.Get(definition.Name);
        if (Describe(value) is not { } state)
        {
            return;
        }

        var path = scope.PathPrefix + definition.Name;
        var example = definition.Example is null || definition.IsSecret ? string.Empty : $"; for example {definition.Example}";
        context.Report(RuleId, value?.Span ?? scope.Value.Span, path,
            [Paths.Display(path), state, context.Request.Request.Description.DisplayName, example]);
    }

    protected override void CheckScope(RequestCheckContext context, ParameterScope scope)
    {
        var required = scope.Index.Required;
        for (var index = 0; index < required.Count; index++)
        {
            var definition = required[index];
            CheckMember(context, scope, definition.Name);
        }
    }

    private static string? Describe(RequestValue? value) => value switch
    {
        null => "missing",
        NullValue => "null",
        StringValue text when string.IsNullOrWhiteSpace(text.Text) => "empty",
        _ => null,
    };
}
