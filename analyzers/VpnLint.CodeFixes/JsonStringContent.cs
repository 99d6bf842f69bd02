using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using VpnLint.Analyzers.Requests;

namespace VpnLint.CodeFixes;

/// <summary>
/// A string inside the JSON that a C# literal holds (<c>"{\"IkeVersion\":\"IKEV2\"}"</c>): the finding
/// spans the JSON string with its quotes, which in the source may be <c>\"</c>, <c>""</c> or <c>"</c>.
/// </summary>
internal static class JsonStringContent
{
    /// <summary>The source characters between the JSON quotes of the string at <paramref name="span"/>; null when the span is not one JSON string.</summary>
    public static TextSpan? Find(SyntaxToken token, TextSpan span)
    {
        if (StringSourceMap.ForLiteral(token) is not { } map)
        {
            return null;
        }

        var first = -1;
        var last = -1;
        for (var index = 0; index < map.Length; index++)
        {
            if (first < 0 && map[index].Start == span.Start)
            {
                first = index;
            }

            if (map[index].End == span.End)
            {
                last = index;
            }
        }

        var value = token.ValueText;
        if (first < 0 || last <= first || value[first] != '"' || value[last] != '"')
        {
            return null;
        }

        return last == first + 1 ? new TextSpan(map[first].End, 0) : TextSpan.FromBounds(map[first + 1].Start, map[last - 1].End);
    }

    /// <summary>The text as a JSON string spells it between its quotes.</summary>
    public static string Escape(string text)
    {
        var json = new StringBuilder(text.Length);
        foreach (var character in text)
        {
            switch (character)
            {
                case '"' or '\\':
                    json.Append('\\').Append(character);
                    break;
                case < ' ':
                    json.Append("\\u").Append(((int)character).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    json.Append(character);
                    break;
            }
        }

        return json.ToString();
    }
}
