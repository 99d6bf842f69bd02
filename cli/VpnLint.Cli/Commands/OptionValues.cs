using System.CommandLine.Parsing;
using System.Globalization;

namespace VpnLint.Cli.Commands;

/// <summary>
/// Parsers for option values that say what is wrong in the user's words: System.CommandLine's own messages
/// name .NET types (<c>System.Nullable`1[System.Int64]</c>).
/// </summary>
internal static class OptionValues
{
    /// <summary>One of an enum's names, in any case; an option of it left out is null, its default chosen where it is read.</summary>
    public static TEnum? Word<TEnum>(ArgumentResult result)
        where TEnum : struct, Enum
    {
        var text = Text(result);
        foreach (var name in Enum.GetNames<TEnum>())
        {
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
            {
                return Enum.Parse<TEnum>(name);
            }
        }

        var words = Enum.GetNames<TEnum>().Select(name => name.ToLowerInvariant()).ToList();
        result.AddError($"{OptionName(result)} {text}: use {string.Join(", ", words[..^1])} or {words[^1]}");
        return null;
    }

    /// <summary>An enum's names as the option takes them, for its help: <c>text|json|sarif</c>.</summary>
    public static string Words<TEnum>()
        where TEnum : struct, Enum => string.Join("|", Enum.GetNames<TEnum>().Select(name => name.ToLowerInvariant()));

    /// <summary>A whole number greater than zero, such as a size in bytes or a number of connections.</summary>
    public static long? PositiveWholeNumber(ArgumentResult result, string unit)
    {
        var text = Text(result);
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0)
        {
            return number;
        }

        result.AddError($"{OptionName(result)} {text}: give a whole number of {unit} greater than 0");
        return null;
    }

    private static string Text(ArgumentResult result) => result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;

    private static string OptionName(ArgumentResult result) => result.Parent is OptionResult option ? option.Option.Name : result.Argument.Name;
}
