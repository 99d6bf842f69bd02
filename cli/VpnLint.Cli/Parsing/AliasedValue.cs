using VpnLint.Rules.Model;

namespace VpnLint.Cli.Parsing;

/// <summary>
/// A YAML anchor's value as an alias uses it: the same value with every span moved to the alias, so that a
/// finding on a value reached through <c>*name</c> points where the request uses it, not where it was defined.
/// </summary>
internal static class AliasedValue
{
    public static RequestValue At(RequestValue value, SourceSpan alias) => value switch
    {
        ObjectValue mapping => new ObjectValue(mapping.Members.Select(member => new RequestMember(member.Name, alias, At(member.Value, alias))).ToList(), alias),
        ArrayValue list => new ArrayValue(list.Items.Select(item => At(item, alias)).ToList(), alias),
        StringValue text => new StringValue(text.Text, alias),
        NumberValue number => new NumberValue(number.Value, number.Text, alias),
        BooleanValue flag => new BooleanValue(flag.Value, alias),
        NullValue => new NullValue(alias),
        _ => new UnknownValue(alias),
    };
}

/// <summary>Where a YAML alias stands and the span of the anchored value it repeats.</summary>
internal sealed record AliasUse(SourceSpan Alias, SourceSpan Anchored);
