using VpnLint.Rules.Model;

namespace VpnLint.Cli.Sources.Ros;

/// <summary>
/// A property's value as the template holds it: a <c>Ref</c> to a parameter is that parameter's
/// <c>Default</c> when it has one (and said so), a value the template does not hold (a <c>Ref</c> to a
/// parameter without a default, to a resource or a pseudo parameter, any <c>Fn::</c> function) is present
/// and never judged; a parameter with <c>NoEcho</c> is sensitive.
/// </summary>
internal sealed class RosValues
{
    private readonly ObjectValue? parameters;

    public RosValues(ObjectValue? parameters, List<SourceSpan> secrets)
    {
        this.parameters = parameters;
        foreach (var parameter in parameters?.Members ?? [])
        {
            if (IsNoEcho(parameter.Value) && (parameter.Value as ObjectValue)?.Get("Default") is { } hidden)
            {
                secrets.Add(hidden.Span);
            }
        }
    }

    /// <summary>The resource a Ref or Fn::GetAtt names, when <paramref name="value"/> is one: what a server's VpnGatewayId names its gateway by.</summary>
    public static string? ResourceNamed(RequestValue value) => Intrinsic(value) switch
    {
        ("Ref", StringValue target) => target.Text,
        ("Fn::GetAtt", ArrayValue { Items: [StringValue target, ..] }) => target.Text,
        _ => null,
    };

    public RequestValue Resolve(RequestValue value, string apiPath, ResourceVocabulary vocabulary)
    {
        switch (Intrinsic(value))
        {
            case ("Ref", StringValue target) when parameters?.Get(target.Text) is ObjectValue parameter:
                if (parameter.Get("Default") is not { } fallback)
                {
                    return new UnknownValue(value.Span);
                }

                if (IsNoEcho(parameter))
                {
                    vocabulary.Sensitive(fallback);
                }

                vocabulary.Note(apiPath, $"the value is the default of the parameter {target.Text}");
                vocabulary.FixElsewhere(apiPath, $"the value is the default of the parameter {target.Text}, which other resources may share, a stack may override and its AllowedValues may not hold the fix; change it by hand");
                return fallback;
            case (not null, _):
                return new UnknownValue(value.Span);
        }

        return value switch
        {
            ObjectValue mapping => new ObjectValue(
                mapping.Members.Select(member => new RequestMember(member.Name, member.NameSpan, Resolve(member.Value, apiPath + "." + member.Name, vocabulary))).ToList(),
                mapping.Span),
            ArrayValue list => new ArrayValue(list.Items.Select(item => Resolve(item, apiPath, vocabulary)).ToList(), list.Span),
            _ => value,
        };
    }

    /// <summary>A function: a mapping of one member, Ref or an Fn:: name, with its argument.</summary>
    private static (string? Name, RequestValue? Argument) Intrinsic(RequestValue value) =>
        value is ObjectValue { Members: [var only] } && (only.Name == "Ref" || only.Name.StartsWith("Fn::", StringComparison.Ordinal))
            ? (only.Name, only.Value)
            : (null, null);

    private static bool IsNoEcho(RequestValue parameter) =>
        (parameter as ObjectValue)?.Get("NoEcho") is BooleanValue { Value: true } or StringValue { Text: "true" or "True" };
}
