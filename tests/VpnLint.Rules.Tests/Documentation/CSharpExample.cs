using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using VpnLint.Rules.Apis;
using VpnLint.Rules.Model;
using VpnLint.Rules.Parameters;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Rules.Tests.Documentation;

/// <summary>
/// Reads a page's C# example the way the analyzers see a call site, for the shapes the pages use:
/// each <c>new XxxRequest { Property = value, ... }</c> of the Alibaba V2 SDK becomes a request whose
/// constant values (string, integer, <c>true</c>, <c>false</c>, <c>null</c>) are known and whose other
/// values (a variable, a method call) are known only at run time. Several requests form a bundle.
/// This is not the analyzers: it keeps the examples honest about what the rule engine says of them.
/// </summary>
internal static partial class CSharpExample
{
    public const string ModelsNamespace = "AlibabaCloud.SDK.Vpc20160428.Models";

    public static IReadOnlyList<Request> Requests(CodeBlock block)
    {
        var text = WithoutComments(block.Text);
        var locator = new SourceText(text);
        var requests = new List<Request>();
        foreach (Match creation in CreationPattern().Matches(text))
        {
            var type = creation.Groups["type"].Value;
            var api = Api.FindAlibabaAction(type[..^"Request".Length]);
            Assert.IsNotNull(api, $"{block}: {type} is not a request class of {ModelsNamespace} that VpnLint checks.");
            var open = creation.Index + creation.Length - 1;
            var close = MatchingBrace(text, open);
            var members = Members(text, open + 1, close, locator);
            foreach (var member in members)
            {
                var definition = ParameterCatalog.Find(api.Kind, member.Name);
                Assert.IsTrue(
                    definition is not null && definition.Origin != ParameterOrigin.Envelope,
                    $"{block}: {type} has no property {member.Name}.");
            }

            requests.Add(new Request(api.Kind, new ObjectValue(members, locator.Locate(open, close - open + 1))));
        }

        return requests;
    }

    public static IReadOnlyList<Finding> Check(CodeBlock block) =>
        RuleEngine.Check(new RequestBundle(Requests(block), ExampleContext.FromOptions(block)));

    private static List<RequestMember> Members(string text, int start, int end, SourceText locator)
    {
        var members = new List<RequestMember>();
        foreach (var (memberStart, memberEnd) in TopLevelParts(text, start, end))
        {
            var part = text[memberStart..memberEnd];
            if (string.IsNullOrWhiteSpace(part))
            {
                continue;
            }

            var assignment = AssignmentPattern().Match(part);
            Assert.IsTrue(assignment.Success, $"Not a property assignment: {part.Trim()}");
            var name = assignment.Groups["name"];
            var value = assignment.Groups["value"];
            var nameSpan = locator.Locate(memberStart + name.Index, name.Length);
            var valueSpan = locator.Locate(memberStart + value.Index, value.Length);
            members.Add(new RequestMember(name.Value, nameSpan, Value(value.Value, valueSpan)));
        }

        return members;
    }

    private static RequestValue Value(string expression, SourceSpan span)
    {
        if (expression.StartsWith('"') && expression.EndsWith('"') && expression.Length >= 2)
        {
            return new StringValue(Unescape(expression[1..^1]), span);
        }

        if (IntegerPattern().IsMatch(expression))
        {
            return new NumberValue(double.Parse(expression, CultureInfo.InvariantCulture), expression, span);
        }

        return expression switch
        {
            "true" => new BooleanValue(true, span),
            "false" => new BooleanValue(false, span),
            "null" => new NullValue(span),
            _ => new UnknownValue(span),
        };
    }

    /// <summary>The comma-separated parts between <paramref name="start"/> and <paramref name="end"/>, outside strings and brackets.</summary>
    private static IEnumerable<(int Start, int End)> TopLevelParts(string text, int start, int end)
    {
        var depth = 0;
        var partStart = start;
        for (var index = start; index < end; index++)
        {
            switch (text[index])
            {
                case '"':
                    index = StringEnd(text, index);
                    break;
                case '(' or '[' or '{':
                    depth++;
                    break;
                case ')' or ']' or '}':
                    depth--;
                    break;
                case ',' when depth == 0:
                    yield return (partStart, index);
                    partStart = index + 1;
                    break;
            }
        }

        yield return (partStart, end);
    }

    private static int MatchingBrace(string text, int open)
    {
        var depth = 0;
        for (var index = open; index < text.Length; index++)
        {
            switch (text[index])
            {
                case '"':
                    index = StringEnd(text, index);
                    break;
                case '{':
                    depth++;
                    break;
                case '}' when --depth == 0:
                    return index;
            }
        }

        throw new AssertFailedException("An object initializer is not closed.");
    }

    /// <summary>The index of the quote that closes the regular string literal opened at <paramref name="open"/>.</summary>
    private static int StringEnd(string text, int open)
    {
        for (var index = open + 1; index < text.Length; index++)
        {
            if (text[index] == '\\')
            {
                index++;
            }
            else if (text[index] == '"')
            {
                return index;
            }
        }

        throw new AssertFailedException("A string literal is not closed.");
    }

    private static string Unescape(string literal)
    {
        var result = new StringBuilder(literal.Length);
        for (var index = 0; index < literal.Length; index++)
        {
            if (literal[index] != '\\')
            {
                result.Append(literal[index]);
                continue;
            }

            index++;
            result.Append(literal[index] switch
            {
                'n' => '\n',
                't' => '\t',
                var other => other,
            });
        }

        return result.ToString();
    }

    /// <summary>The text with <c>//</c> comments blanked out, so that offsets stay where they were.</summary>
    private static string WithoutComments(string text)
    {
        var characters = text.ToCharArray();
        for (var index = 0; index < characters.Length; index++)
        {
            if (characters[index] == '"')
            {
                index = StringEnd(text, index);
            }
            else if (characters[index] == '/' && index + 1 < characters.Length && characters[index + 1] == '/')
            {
                while (index < characters.Length && characters[index] != '\n')
                {
                    characters[index++] = ' ';
                }
            }
        }

        return new string(characters);
    }

    [GeneratedRegex(@"\bnew\s+(?<type>\w+Request)\s*(\(\s*\))?\s*\{")]
    private static partial Regex CreationPattern();

    [GeneratedRegex(@"^\s*(?<name>[A-Za-z_]\w*)\s*=\s*(?<value>.*?)\s*$", RegexOptions.Singleline)]
    private static partial Regex AssignmentPattern();

    [GeneratedRegex(@"^-?[0-9]+$")]
    private static partial Regex IntegerPattern();
}
