using System.Globalization;
using System.Text;
using VpnLint.Rules.Model;

namespace VpnLint.Rules.Json;

/// <summary>
/// Reads the JSON object that IkeConfig and IpsecConfig carry as a string, strictly (RFC 8259), into the
/// neutral model with every key and value located inside the string's own source. Duplicate keys are
/// kept for VPN007. Bounded: nesting deeper than <see cref="MaximumDepth"/> is an error, not a crash.
/// </summary>
internal sealed class EmbeddedJsonReader
{
    public const int MaximumDepth = 32;

    private readonly StringValue source;
    private readonly string text;
    private int position;

    private EmbeddedJsonReader(StringValue source)
    {
        this.source = source;
        text = source.Text;
    }

    public static EmbeddedJsonResult ReadObject(StringValue source)
    {
        var reader = new EmbeddedJsonReader(source);
        try
        {
            reader.SkipWhitespace();
            if (reader.AtEnd)
            {
                return EmbeddedJsonResult.Failure("it is empty; write a JSON object such as {\"IkeVersion\":\"ikev2\"}");
            }

            if (reader.Current != '{')
            {
                return EmbeddedJsonResult.Failure($"it must start with '{{', not '{reader.Current}' (character {reader.position + 1})");
            }

            var value = (ObjectValue)reader.ReadValue(0);
            reader.SkipWhitespace();
            return reader.AtEnd
                ? EmbeddedJsonResult.Success(value)
                : EmbeddedJsonResult.Failure($"unexpected '{reader.Current}' after the object at character {reader.position + 1}");
        }
        catch (SyntaxError error)
        {
            return EmbeddedJsonResult.Failure(error.Message);
        }
    }

    private bool AtEnd => position >= text.Length;

    private char Current => text[position];

    private RequestValue ReadValue(int depth)
    {
        SkipWhitespace();
        if (AtEnd)
        {
            throw Error("the JSON ends before a value");
        }

        return Current switch
        {
            '{' => ReadObject(depth + 1),
            '[' => ReadArray(depth + 1),
            '"' => ReadString(),
            't' => ReadLiteral("true", start => new BooleanValue(true, Span(start))),
            'f' => ReadLiteral("false", start => new BooleanValue(false, Span(start))),
            'n' => ReadLiteral("null", start => new NullValue(Span(start))),
            _ when Current == '-' || (Current >= '0' && Current <= '9') => ReadNumber(),
            _ => throw Error($"unexpected '{Current}' at character {position + 1}{SingleQuoteHint()}"),
        };
    }

    private ObjectValue ReadObject(int depth)
    {
        CheckDepth(depth);
        var start = position++;
        var members = new List<RequestMember>();
        SkipWhitespace();
        if (!AtEnd && Current == '}')
        {
            position++;
            return new ObjectValue(members, Span(start));
        }

        while (true)
        {
            SkipWhitespace();
            if (AtEnd || Current != '"')
            {
                throw Expected("a quoted key");
            }

            var key = ReadString();
            SkipWhitespace();
            Expect(':', "':'");
            var value = ReadValue(depth);
            members.Add(new RequestMember(key.Text, key.Span, value));
            SkipWhitespace();
            if (!AtEnd && Current == ',')
            {
                position++;
                continue;
            }

            Expect('}', "',' or '}'");
            return new ObjectValue(members, Span(start));
        }
    }

    private ArrayValue ReadArray(int depth)
    {
        CheckDepth(depth);
        var start = position++;
        var items = new List<RequestValue>();
        SkipWhitespace();
        if (!AtEnd && Current == ']')
        {
            position++;
            return new ArrayValue(items, Span(start));
        }

        while (true)
        {
            items.Add(ReadValue(depth));
            SkipWhitespace();
            if (!AtEnd && Current == ',')
            {
                position++;
                continue;
            }

            Expect(']', "',' or ']'");
            return new ArrayValue(items, Span(start));
        }
    }

    private StringValue ReadString()
    {
        var start = position++;
        var builder = new StringBuilder();
        List<int>? offsets = null;
        while (true)
        {
            if (AtEnd)
            {
                throw Error($"the string that starts at character {start + 1} is not closed");
            }

            var characterStart = position;
            var character = text[position++];
            if (character == '"')
            {
                break;
            }

            if (character < ' ')
            {
                throw Error($"a control character in a string at character {position}");
            }

            if (character == '\\' && offsets is null)
            {
                // From the first escape on, decoded characters no longer stand one to one in the source.
                offsets = [];
                for (var index = 0; index < builder.Length; index++)
                {
                    offsets.Add(start + 1 + index);
                }
            }

            offsets?.Add(characterStart);
            builder.Append(character == '\\' ? ReadEscape() : character);
        }

        ITextLocator locator;
        if (offsets is null)
        {
            locator = new NestedTextLocator(source, start + 1);
        }
        else
        {
            offsets.Add(position - 1);
            locator = new CharacterMapLocator(source, offsets);
        }

        return new StringValue(builder.ToString(), Span(start), locator);
    }

    private char ReadEscape()
    {
        if (AtEnd)
        {
            throw Error("the JSON ends inside an escape");
        }

        var character = text[position++];
        switch (character)
        {
            case '"': return '"';
            case '\\': return '\\';
            case '/': return '/';
            case 'b': return '\b';
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'u' when position + 4 <= text.Length &&
                int.TryParse(text.Substring(position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                position += 4;
                return (char)code;
            default:
                throw Error($"an invalid escape '\\{character}' at character {position - 1}");
        }
    }

    private NumberValue ReadNumber()
    {
        var start = position;
        if (Current == '-')
        {
            position++;
        }

        if (AtEnd || !char.IsDigit(Current))
        {
            throw Expected("a digit");
        }

        if (Current == '0')
        {
            position++;
        }
        else
        {
            SkipDigits();
        }

        if (!AtEnd && Current == '.')
        {
            position++;
            RequireDigits();
        }

        if (!AtEnd && (Current == 'e' || Current == 'E'))
        {
            position++;
            if (!AtEnd && (Current == '+' || Current == '-'))
            {
                position++;
            }

            RequireDigits();
        }

        var written = text.Substring(start, position - start);
        var value = double.Parse(written, NumberStyles.Float, CultureInfo.InvariantCulture);
        return new NumberValue(value, written, Span(start));
    }

    private RequestValue ReadLiteral(string literal, Func<int, RequestValue> create)
    {
        if (string.CompareOrdinal(text, position, literal, 0, literal.Length) != 0)
        {
            throw Error($"unexpected '{Current}' at character {position + 1}");
        }

        var start = position;
        position += literal.Length;
        return create(start);
    }

    private void RequireDigits()
    {
        if (AtEnd || !char.IsDigit(Current))
        {
            throw Expected("a digit");
        }

        SkipDigits();
    }

    private void SkipDigits()
    {
        while (!AtEnd && Current >= '0' && Current <= '9')
        {
            position++;
        }
    }

    private void SkipWhitespace()
    {
        while (!AtEnd && (Current == ' ' || Current == '\t' || Current == '\n' || Current == '\r'))
        {
            position++;
        }
    }

    private void Expect(char expected, string description)
    {
        if (AtEnd || Current != expected)
        {
            throw Expected(description);
        }

        position++;
    }

    private void CheckDepth(int depth)
    {
        if (depth > MaximumDepth)
        {
            throw Error($"it nests deeper than {MaximumDepth} levels");
        }
    }

    private SourceSpan Span(int start) => source.Locate(start, position - start);

    private SyntaxError Expected(string what) =>
        Error(AtEnd ? $"expected {what}, but the JSON ends" : $"expected {what} at character {position + 1}, not '{Current}'{SingleQuoteHint()}");

    private string SingleQuoteHint() => Current == '\'' ? "; JSON strings take double quotes" : string.Empty;

    private static SyntaxError Error(string message) => new(message);

    private sealed class SyntaxError(string message) : Exception(message);
}
