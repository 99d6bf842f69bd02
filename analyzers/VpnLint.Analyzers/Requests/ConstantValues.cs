using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using VpnLint.Rules.Model;

namespace VpnLint.Analyzers.Requests;

/// <summary>
/// Turns the value assigned to a request property into the rule engine's model. Only compile-time
/// constants are judged (literals, const fields and locals, constant concatenation and interpolation);
/// anything else is an <see cref="UnknownValue"/>: set, never guessed at.
/// </summary>
internal static class ConstantValues
{
    public static RequestValue Read(IOperation? value, SyntaxNode syntax, SourceLines lines)
    {
        var span = lines.Span(syntax.Span);
        if (value is null || WithoutConversions(value) is not { ConstantValue.HasValue: true } constant)
        {
            return new UnknownValue(span);
        }

        return constant.ConstantValue.Value switch
        {
            null => new NullValue(span),
            string text => new StringValue(text, span, new CSharpStringLocator(constant, text, lines)),
            bool flag => new BooleanValue(flag, span),
            char character => Number(character, span),
            sbyte or byte or short or ushort or int or uint or long => Number(((IConvertible)constant.ConstantValue.Value).ToInt64(CultureInfo.InvariantCulture), span),
            ulong number when number <= long.MaxValue => Number((long)number, span),
            _ => new UnknownValue(span),
        };
    }

    /// <summary>True when the value is a compile-time constant: the only values that are judged.</summary>
    public static bool IsConstant(IOperation? value) => value is not null && WithoutConversions(value).ConstantValue.HasValue;

    /// <summary>
    /// The constant under the conversions to the property's type: <c>Port = 443</c> converts the constant
    /// 443 to <c>int?</c>, and a nullable value is never a constant itself. Only conversions that keep the
    /// value are looked through: implicit ones, and wrapping in a nullable of the same type; user-defined
    /// conversions run code, so they end the search.
    /// </summary>
    private static IOperation WithoutConversions(IOperation value)
    {
        while (!value.ConstantValue.HasValue && value is IConversionOperation { Conversion.IsUserDefined: false } conversion && KeepsValue(conversion))
        {
            value = conversion.Operand;
        }

        return value;
    }

    private static bool KeepsValue(IConversionOperation conversion) =>
        conversion.Conversion.IsImplicit ||
        (conversion.Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable &&
            SymbolEqualityComparer.Default.Equals(nullable.TypeArguments[0], conversion.Operand.Type));

    private static NumberValue Number(long value, SourceSpan span) =>
        new(value, value.ToString(CultureInfo.InvariantCulture), span);
}
