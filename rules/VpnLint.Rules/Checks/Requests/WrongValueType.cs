using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Engine;
using VpnLint.Rules.Model;
using VpnLint.Rules.Parameters;

namespace VpnLint.Rules.Checks.Requests;

/// <summary>
/// VPN004: a value's type is not the page's. Alibaba's RPC APIs take every parameter as query-string
/// text, so a scalar that reads the same as text (the string "1194" for an integer, 123 for a string)
/// reaches them intact: a warning. Huawei's typed JSON body gives no such assurance, and anything else
/// is an error too.
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
        if (Judge(value, definition) is not { } verdict)
        {
            return;
        }

        // Alibaba's RPC APIs read every parameter as query-string text; Huawei's JSON body is typed.
        var converts = verdict.Conversion is not null && context.Request.Request.Description.Cloud == Cloud.Alibaba;
        var explanation = verdict.Conversion is null ? $"the API rejects it; {verdict.Fix}"
            : converts ? $"{verdict.Conversion}, but {verdict.Fix}"
            : $"Huawei's API takes the types the page gives; {verdict.Fix}";
        context.Report(
            RuleId,
            value.Span,
            path,
            [Paths.Display(path), ValueDescription.Expected(definition), ValueDescription.Actual(value, definition.IsSecret), explanation],
            severity: converts ? Severity.Warning : Severity.Error);
    }

    /// <summary>
    /// Null when the type is right; otherwise how an API that reads text would convert the value (null if
    /// none could), and the fix.
    /// </summary>
    private static (string? Conversion, string Fix)? Judge(RequestValue value, ParameterDefinition definition)
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
                ValueKind.Number or ValueKind.Boolean => ("the API receives it as text", "quote it so that the file says so"),
                _ => (null, "give a single value"),
            },
            ParameterType.Integer => value switch
            {
                NumberValue { IsInteger: true } => null,
                NumberValue number => (null, $"{number.Text} is not a whole number"),
                StringValue text when ValueReader.IsIntegerText(text.Text) => ("the API converts it", $"write {text.Text} without quotes"),
                _ => (null, "use a whole number"),
            },
            ParameterType.Boolean => value switch
            {
                BooleanValue => null,
                StringValue text when ValueReader.TryReadBoolean(text, out var flag) => ("the API converts it", $"write {(flag ? "true" : "false")} without quotes"),
                _ => (null, "use true or false"),
            },
            ParameterType.Array => value.Kind == ValueKind.Array ? null : (null, "write a list, even of one item"),
            _ => value.Kind == ValueKind.Object ? null : (null, "write an object of the documented members"),
        };
    }
}
