using VpnLint.Rules.Catalog;
using VpnLint.Rules.Engine;
using VpnLint.Rules.Model;
using VpnLint.Rules.Parameters;

namespace VpnLint.Rules.Checks.Requests;

/// <summary>
/// VPN004: a value's type is not the page's. Alibaba's RPC APIs take every parameter as query-string
/// text, so a scalar that reads the same as text (the string "1194" for an integer, 123 for a string)
/// reaches them intact: a warning. Anything else is an error.
/// </summary>
internal sealed class WrongValueType : MemberCheck
{
    public override string RuleId => RuleIds.WrongValueType;

    public override StructuralViolationKind Kind => StructuralViolationKind.WrongType;

    protected override void Check(RequestCheckContext context, ParameterScope scope, RequestMember member)
    {
        if (scope.Find(member.Name) is { } definition)
        {
            var path = scope.PathPrefix + member.Name;
            CheckValue(context, member.Value, definition, path);
            CheckItems(context, member.Value, definition, path);
        }
    }

    private void CheckItems(RequestCheckContext context, RequestValue value, ParameterDefinition definition, string path)
    {
        if (definition.Items is null || value is not ArrayValue array)
        {
            return;
        }

        for (var index = 0; index < array.Items.Count; index++)
        {
            CheckValue(context, array.Items[index], definition.Items, Paths.Item(path, index));
        }
    }

    private void CheckValue(RequestCheckContext context, RequestValue value, ParameterDefinition definition, string path)
    {
        var verdict = Judge(value, definition);
        if (verdict is null)
        {
            return;
        }

        var (converts, fix) = verdict.Value;
        var display = Paths.Display(path);
        context.Report(
            RuleId,
            value.Span,
            path,
            [display, ValueDescription.Expected(definition), ValueDescription.Actual(value, definition.IsSecret), fix],
            severity: converts ? Severity.Warning : Severity.Error);
    }

    /// <summary>Null when the type is right; otherwise whether the API converts the value, and the fix.</summary>
    private static (bool Converts, string Fix)? Judge(RequestValue value, ParameterDefinition definition)
    {
        if (value.Kind is ValueKind.Unknown or ValueKind.Null)
        {
            return null;
        }

        return definition.Type switch
        {
            // IkeConfig and IpsecConfig: VPN500 judges what they hold.
            ParameterType.String when definition.EmbeddedJson => null,
            ParameterType.String => value.Kind switch
            {
                ValueKind.String => null,
                ValueKind.Number or ValueKind.Boolean => (true, "the API receives it as text, but quote it so that the file says so"),
                _ => (false, "the API rejects it; give a single value"),
            },
            ParameterType.Integer => value switch
            {
                NumberValue { IsInteger: true } => null,
                NumberValue number => (false, $"the API rejects {number.Text}; use a whole number"),
                StringValue text when ValueReader.IsIntegerText(text.Text) => (true, $"the API converts it, but write {text.Text} without quotes"),
                _ => (false, "the API rejects it; use a whole number"),
            },
            ParameterType.Boolean => value switch
            {
                BooleanValue => null,
                StringValue text when ValueReader.TryReadBoolean(text, out var flag) => (true, $"the API converts it, but write {(flag ? "true" : "false")} without quotes"),
                _ => (false, "the API rejects it; use true or false"),
            },
            ParameterType.Array => value.Kind == ValueKind.Array ? null : (false, "the API rejects it; write a list, even of one item"),
            _ => value.Kind == ValueKind.Object ? null : (false, "the API rejects it; write an object of the documented members"),
        };
    }
}
