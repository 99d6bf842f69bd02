using System.Text.Json;

namespace VpnLint.Cli.Parsing;

/// <summary>
/// Says what a JSON syntax error is in words of our own. System.Text.Json quotes the offending text in
/// its messages (a whole unquoted literal, up to the end of the line), and that text may be a secret
/// written without quotes; the finding's span already gives the line and column.
/// </summary>
internal static class JsonSyntaxErrors
{
    private static readonly (string ReaderWords, string Description)[] Descriptions =
    [
        ("is an invalid start of a property name", "a property name must be a string in double quotes"),
        ("is invalid after a property name", "a ':' must follow a property name"),
        ("is invalid after a single JSON value", TrailingContent),
        ("is invalid after a value", "a ',' or a closing '}' or ']' must follow a value"),
        ("is an invalid start of a value", "a value must start here: a string in double quotes, a number, true, false, null, an object or a list"),
        ("is an invalid JSON literal", "only true, false and null are written without quotes; put a string in double quotes"),
        ("is an invalid escapable character", "a string holds an invalid escape sequence (write \\\\ for a backslash)"),
        ("is not a hex digit", "a \\u escape in a string needs four hexadecimal digits"),
        ("is invalid within a JSON string", "a string holds a control character such as a tab or a line break; escape it (\\t, \\n)"),
        ("of a number", "a number is malformed"),
        ("within a number", "a number is malformed"),
        ("without a matching open", "a closing bracket has no opening one"),
        ("trailing comma", TrailingComma),
        ("Expected depth to be zero", "the file ends inside an object or a list; close it"),
        ("maximum configured depth", $"the nesting depth exceeds {JsonSourceReader.MaximumDepth} levels"),
        ("reached end of data", "the file ends in the middle of a value"),
    ];

    public const string TrailingComma = "a comma must not follow the last item of an object or a list";

    public const string TrailingContent = "unexpected content after the top-level value; a file holds one JSON value (use a bundle's \"requests\" list for several)";

    public const string LoneSurrogate = "a \\u escape is half of a surrogate pair (\\uD800 to \\uDFFF without its other half); write both halves, or the character itself";

    public static string Describe(JsonException error)
    {
        foreach (var (readerWords, description) in Descriptions)
        {
            if (error.Message.Contains(readerWords, StringComparison.Ordinal))
            {
                return description;
            }
        }

        return "the JSON is malformed here";
    }
}
