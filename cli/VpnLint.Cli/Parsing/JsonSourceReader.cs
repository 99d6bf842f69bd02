using System.Text;
using System.Text.Json;
using VpnLint.Cli.Input;
using VpnLint.Rules.Checks.Requests;
using VpnLint.Rules.Model;

namespace VpnLint.Cli.Parsing;

/// <summary>
/// Reads a JSON file strictly (RFC 8259: no comments, no trailing commas) with System.Text.Json's
/// Utf8JsonReader into the neutral model. Every key and value keeps its span, duplicate keys are kept
/// (VPN007), and string values get a locator so that a finding on one item of a comma-separated list
/// points at that item, escapes included.
/// </summary>
internal static class JsonSourceReader
{
    public const int MaximumDepth = 64;

    public static ParsedDocument Read(SourceText source)
    {
        if (string.IsNullOrWhiteSpace(source.Text))
        {
            return new ParsedDocument(source, FileFormat.Json, [], []);
        }

        var bytes = Encoding.UTF8.GetBytes(source.Text);
        var state = new ReaderState(source, bytes);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = MaximumDepth, CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            reader.Read();
            var root = ReadValue(ref reader, state);
            if (reader.Read())
            {
                var span = state.Span(reader.TokenStartIndex, reader.TokenStartIndex + 1);
                return Failed(source, JsonSyntaxErrors.TrailingContent, span);
            }

            return new ParsedDocument(source, FileFormat.Json, [root], []);
        }
        catch (JsonException error)
        {
            var description = JsonSyntaxErrors.Describe(error);
            var position = state.Position(error.LineNumber ?? 0, error.BytePositionInLine ?? 0);
            return Failed(source, description, description == JsonSyntaxErrors.TrailingComma ? CommaBefore(source, position) : position);
        }
        catch (InvalidStringException error)
        {
            return Failed(source, JsonSyntaxErrors.LoneSurrogate, error.Span);
        }
    }

    /// <summary>The reader finds a trailing comma at the bracket after it; the mistake, and its fix, is the comma.</summary>
    private static SourceSpan CommaBefore(SourceText source, SourceSpan bracket)
    {
        var index = bracket.StartOffset - 1;
        while (index >= 0 && source.Text[index] is ' ' or '\t' or '\n' or '\r')
        {
            index--;
        }

        return index >= 0 && source.Text[index] == ',' ? source.Span(index, index + 1) : bracket;
    }

    private static ParsedDocument Failed(SourceText source, string message, SourceSpan span) =>
        new(source, FileFormat.Json, [], [], MalformedFile.Report("JSON", message, span));

    private static RequestValue ReadValue(ref Utf8JsonReader reader, ReaderState state)
    {
        var start = reader.TokenStartIndex;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var members = new List<RequestMember>(16);
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var nameSpan = state.Span(reader.TokenStartIndex, StringEnd(ref reader));
                    var name = Text(ref reader, state, nameSpan);
                    reader.Read();
                    members.Add(new RequestMember(name, nameSpan, ReadValue(ref reader, state)));
                }

                return new ObjectValue(members, state.Span(start, reader.BytesConsumed));
            case JsonTokenType.StartArray:
                var items = new List<RequestValue>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, state));
                }

                return new ArrayValue(items, state.Span(start, reader.BytesConsumed));
            case JsonTokenType.String:
                return ReadString(ref reader, state);
            case JsonTokenType.Number:
                var text = Encoding.UTF8.GetString(reader.ValueSpan);
                return new NumberValue(double.Parse(text, System.Globalization.CultureInfo.InvariantCulture), text, state.Span(start, reader.BytesConsumed));
            case JsonTokenType.True:
            case JsonTokenType.False:
                return new BooleanValue(reader.TokenType == JsonTokenType.True, state.Span(start, reader.BytesConsumed));
            default:
                return new NullValue(state.Span(start, reader.BytesConsumed));
        }
    }

    private static StringValue ReadString(ref Utf8JsonReader reader, ReaderState state)
    {
        var start = reader.TokenStartIndex;
        var end = StringEnd(ref reader);
        var span = state.Span(start, end);
        var contentStart = span.StartOffset + 1;
        ITextLocator locator = reader.ValueIsEscaped
            ? new EscapedTextLocator(state.Source, JsonEscapes.Offsets(state.Source.Text, contentStart, span.EndOffset - 1))
            : new ContiguousTextLocator(state.Source, contentStart);
        return new StringValue(Text(ref reader, state, span), span, locator);
    }

    /// <summary>
    /// A string's text. The reader checks escapes only when asked for the text, and then throws an
    /// InvalidOperationException, not a JsonException, for half a surrogate pair (<c>"\uD800"</c>).
    /// </summary>
    private static string Text(ref Utf8JsonReader reader, ReaderState state, SourceSpan span)
    {
        try
        {
            return reader.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException)
        {
            var escape = JsonEscapes.LoneSurrogate(state.Source.Text, span.StartOffset + 1, span.EndOffset - 1);
            throw new InvalidStringException(state.Source.Span(escape, Math.Min(escape + 6, span.EndOffset - 1)));
        }
    }

    /// <summary>The byte after a string's closing quote: the raw (still escaped) value between two quotes.</summary>
    private static long StringEnd(ref Utf8JsonReader reader) => reader.TokenStartIndex + reader.ValueSpan.Length + 2;

    private sealed class InvalidStringException(SourceSpan span) : Exception
    {
        public SourceSpan Span { get; } = span;
    }

    /// <summary>Converts the reader's byte offsets into the offsets of the decoded text.</summary>
    private sealed class ReaderState
    {
        private readonly byte[] bytes;
        private int[]? charOffsetOfByte;

        public ReaderState(SourceText source, byte[] bytes)
        {
            Source = source;
            this.bytes = bytes;
        }

        public SourceText Source { get; }

        public SourceSpan Span(long startByte, long endByte) => Source.Span(CharOffset(startByte), CharOffset(endByte));

        /// <summary>Where the reader stopped: a 0-based line (counted by line feeds, as the reader counts) and a byte in it.</summary>
        public SourceSpan Position(long line, long byteInLine)
        {
            var lineStart = 0;
            for (var seen = 0L; seen < line && lineStart < bytes.Length; lineStart++)
            {
                if (bytes[lineStart] == (byte)'\n')
                {
                    seen++;
                }
            }

            var offset = CharOffset(Math.Min(lineStart + byteInLine, bytes.Length));
            return Source.Span(offset, Math.Min(offset + 1, Source.Text.Length));
        }

        private int CharOffset(long byteOffset)
        {
            var index = (int)Math.Clamp(byteOffset, 0, bytes.Length);
            if (bytes.Length == Source.Text.Length)
            {
                return index;
            }

            charOffsetOfByte ??= MapBytesToChars();
            return charOffsetOfByte[index];
        }

        private int[] MapBytesToChars()
        {
            var map = new int[bytes.Length + 1];
            var text = Source.Text;
            int byteIndex = 0, charIndex = 0;
            while (charIndex < text.Length)
            {
                var width = char.IsHighSurrogate(text[charIndex]) && charIndex + 1 < text.Length ? 2 : 1;
                var byteCount = Encoding.UTF8.GetByteCount(text.AsSpan(charIndex, width));
                for (var part = 0; part < byteCount; part++)
                {
                    map[byteIndex + part] = charIndex;
                }

                byteIndex += byteCount;
                charIndex += width;
            }

            map[byteIndex] = charIndex;
            return map;
        }
    }
}
