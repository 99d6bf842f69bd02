using System.Globalization;
using System.Text.RegularExpressions;
using VpnLint.Rules.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace VpnLint.Cli.Parsing;

/// <summary>
/// Types a YAML scalar as the YAML 1.2 core schema does: a quoted scalar is a string; a plain one is
/// null (<c>~</c>, <c>null</c>, empty), a boolean (<c>true</c>, <c>False</c>...), an integer (decimal,
/// <c>0o</c> octal, <c>0x</c> hex), a float, or else a string. <c>yes</c>, <c>on</c> and <c>010</c> are
/// not YAML 1.1's boolean and octal here. An explicit <c>!!str</c>, <c>!!int</c>... tag wins.
/// </summary>
internal static partial class YamlScalars
{
    private const string CoreTagPrefix = "tag:yaml.org,2002:";

    public static RequestValue Type(Scalar scalar, SourceSpan span, ITextLocator? locator)
    {
        var text = scalar.Value;
        var tag = scalar.Tag.IsEmpty || scalar.Tag.IsNonSpecific ? null : scalar.Tag.Value;
        if (tag is not null && tag.StartsWith(CoreTagPrefix, StringComparison.Ordinal))
        {
            tag = tag[CoreTagPrefix.Length..];
        }

        var plain = scalar.Style == ScalarStyle.Plain;
        if (tag == "str" || (tag is null && !plain))
        {
            return new StringValue(text, span, locator);
        }

        if ((tag is null || tag == "null") && IsNull(text))
        {
            return new NullValue(span);
        }

        if ((tag is null || tag == "bool") && TryBoolean(text, out var flag))
        {
            return new BooleanValue(flag, span);
        }

        if ((tag is null || tag == "int" || tag == "float") && TryInteger(text, out var integer))
        {
            return new NumberValue(integer, text, span);
        }

        if ((tag is null || tag == "float") && TryFloat(text, out var number))
        {
            return new NumberValue(number, text, span);
        }

        return new StringValue(text, span, locator);
    }

    private static bool IsNull(string text) => text is "" or "~" or "null" or "Null" or "NULL";

    private static bool TryBoolean(string text, out bool value)
    {
        value = text is "true" or "True" or "TRUE";
        return value || text is "false" or "False" or "FALSE";
    }

    private static bool TryInteger(string text, out double value)
    {
        value = 0;
        if (DecimalInteger().IsMatch(text))
        {
            return double.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
        }

        if (text.StartsWith("0o", StringComparison.Ordinal) && text.Length > 2 && text.AsSpan(2).IndexOfAnyExceptInRange('0', '7') < 0 && text.Length <= 23)
        {
            value = Convert.ToUInt64(text[2..], 8);
            return true;
        }

        if (text.StartsWith("0x", StringComparison.Ordinal) && text.Length is > 2 and <= 18 &&
            ulong.TryParse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex))
        {
            value = hex;
            return true;
        }

        return false;
    }

    private static bool TryFloat(string text, out double value)
    {
        value = text switch
        {
            ".inf" or ".Inf" or ".INF" or "+.inf" or "+.Inf" or "+.INF" => double.PositiveInfinity,
            "-.inf" or "-.Inf" or "-.INF" => double.NegativeInfinity,
            ".nan" or ".NaN" or ".NAN" => double.NaN,
            _ => 0,
        };
        if (value != 0 || double.IsNaN(value))
        {
            return true;
        }

        return CoreFloat().IsMatch(text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    [GeneratedRegex("^[-+]?[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalInteger();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex CoreFloat();
}
