using VpnLint.Rules.Model;

namespace VpnLint.Cli.Parsing;

/// <summary>
/// A YAML anchor's value as an alias uses it: the same value with every span moved to the alias, so that a
/// finding on a value reached through <c>*name</c> points where the request uses it, not where it was defined.
/// A secret's value is repeated masked (its text replaced by <see cref="MaskedText"/>), as the key the alias
/// stands under may be one whose findings quote their value.
/// </summary>
internal static class AliasedValue
{
    public const string MaskedText = "********";

    public static RequestValue At(RequestValue value, SourceSpan alias, bool masked = false) => value switch
    {
        ObjectValue mapping => new ObjectValue(mapping.Members.Select(member => new RequestMember(member.Name, alias, At(member.Value, alias, masked))).ToList(), alias),
        ArrayValue list => new ArrayValue(list.Items.Select(item => At(item, alias, masked)).ToList(), alias),
        StringValue text => new StringValue(masked ? MaskedText : text.Text, alias),
        NumberValue number => new NumberValue(number.Value, masked ? MaskedText : number.Text, alias),
        BooleanValue flag => new BooleanValue(flag.Value, alias),
        NullValue => new NullValue(alias),
        _ => new UnknownValue(alias),
    };
}

/// <summary>Where a YAML alias stands and the span of the anchored value it repeats.</summary>
internal sealed record AliasUse(SourceSpan Alias, SourceSpan Anchored);
