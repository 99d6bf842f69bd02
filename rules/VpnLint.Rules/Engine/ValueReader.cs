using System.Globalization;
using VpnLint.Rules.Model;

namespace VpnLint.Rules.Engine;

/// <summary>
/// Reads values as the Alibaba RPC APIs receive them, as text in a query string: the string "1194"
/// is the integer 1194 and "true" the boolean true. VPN004 reports the conversion; every other
/// check judges the converted value, as the cloud would.
/// </summary>
internal static class ValueReader
{
    public static bool IsPresent(RequestValue? value) => value is not null && value.Kind != ValueKind.Null;

    /// <summary>Set to something: a non-empty scalar, a list or object, or a value only known at run time.</summary>
    public static bool HasContent(RequestValue? value) => value switch
    {
        null or NullValue => false,
        StringValue text => !string.IsNullOrWhiteSpace(text.Text),
        _ => true,
    };

    public static bool TryReadInteger(RequestValue? value, out long number)
    {
        number = 0;
        switch (value)
        {
            case NumberValue numeric when numeric.IsInteger:
                number = (long)numeric.Value;
                return true;
            case StringValue text:
                return IsIntegerText(text.Text) && long.TryParse(text.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number);
            default:
                return false;
        }
    }

    public static bool TryReadBoolean(RequestValue? value, out bool flag)
    {
        flag = false;
        switch (value)
        {
            case BooleanValue boolean:
                flag = boolean.Value;
                return true;
            case StringValue text when string.Equals(text.Text, "true", StringComparison.OrdinalIgnoreCase):
                flag = true;
                return true;
            case StringValue text when string.Equals(text.Text, "false", StringComparison.OrdinalIgnoreCase):
                return true;
            default:
                return false;
        }
    }

    /// <summary>True when the value reads as the boolean true; false when it is absent, false or not a boolean.</summary>
    public static bool IsTrue(RequestValue? value) => TryReadBoolean(value, out var flag) && flag;

    /// <summary>A scalar as the text the API receives; null for anything else.</summary>
    public static string? ReadText(RequestValue? value) => value switch
    {
        StringValue text => text.Text,
        NumberValue number => number.Text,
        BooleanValue boolean => boolean.Value ? "true" : "false",
        _ => null,
    };

    /// <summary>
    /// A boolean switch whose default is false, as the cloud reads it: left out or null is false, and a value that reads
    /// as a boolean is that boolean. A value known only at run time, or of another type (VPN004's), reads as neither:
    /// a rule that follows from the switch then says nothing, rather than describe a wrongly typed value as absent.
    /// </summary>
    public static bool TryReadFlag(RequestValue? value, out bool flag)
    {
        flag = false;
        return value is null or NullValue || TryReadBoolean(value, out flag);
    }

    /// <summary>A switch <see cref="TryReadFlag"/> could read, for a message: "true", "false", or "not set (false by default)".</summary>
    public static string DescribeFlag(RequestValue? value) =>
        TryReadBoolean(value, out var flag) ? (flag ? "true" : "false") : "not set (false by default)";

    public static bool IsIntegerText(string text)
    {
        var start = text.Length > 0 && text[0] == '-' ? 1 : 0;
        if (text.Length == start || text.Length - start > 18)
        {
            return false;
        }

        for (var index = start; index < text.Length; index++)
        {
            if (text[index] < '0' || text[index] > '9')
            {
                return false;
            }
        }

        return true;
    }

    public static string Format(long number) => number.ToString(CultureInfo.InvariantCulture);
}
