using VpnLint.Cli.Input;
using VpnLint.Cli.Requests;
using VpnLint.Rules.Checks.Requests;
using VpnLint.Rules.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace VpnLint.Cli.Parsing;

/// <summary>
/// Reads a YAML stream with YamlDotNet's parser events into the neutral model, one value per document:
/// block and flow styles, quoted and plain scalars (typed by the core schema), anchors, aliases and
/// merge keys (<c>&lt;&lt;</c>). Every key and value keeps its span, and a value an alias repeats takes
/// the alias's span (<see cref="AliasedValue"/>); duplicate keys are kept (VPN007);
/// comments are kept for inline suppressions. Bounded: nesting deeper than <see cref="MaximumDepth"/>
/// and aliases that expand to more than <see cref="ExpansionBudget"/> nodes (an alias bomb) are VPN001.
/// </summary>
internal sealed class YamlSourceReader
{
    public const int MaximumDepth = 64;
    public const int ExpansionBudget = 100_000;
    private const string MergeKey = "<<";

    private readonly SourceText source;
    private readonly IParser parser;
    private readonly List<SourceComment> comments = [];
    private readonly List<AliasUse> aliases = [];
    private readonly Dictionary<string, (RequestValue Value, long Weight)> anchors = new(StringComparer.Ordinal);

    // Anchors set on the value of a secret key: an alias may carry that value to a key that is not secret,
    // whose findings quote their value, so the alias receives it masked.
    private readonly HashSet<string> secretAnchors = new(StringComparer.Ordinal);
    private long expanded;
    private Mark lastPosition = Mark.Empty;

    private YamlSourceReader(SourceText source)
    {
        this.source = source;
        parser = new Parser(new Scanner(new StringReader(source.Text), skipComments: false));
    }

    public static ParsedDocument Read(SourceText source) => new YamlSourceReader(source).ReadStream();

    private ParsedDocument ReadStream()
    {
        var documents = new List<RequestValue>();
        try
        {
            Expect<StreamStart>(Next());
            for (var current = NextAtStreamLevel(); current is not null and not StreamEnd; current = NextAtStreamLevel())
            {
                Expect<DocumentStart>(current);
                anchors.Clear();
                secretAnchors.Clear();
                expanded = 0;
                documents.Add(ReadNode(Next(), 0).Value);
                Expect<DocumentEnd>(Next());
            }

            return new ParsedDocument(source, FileFormat.Yaml, documents, comments) { Aliases = aliases };
        }
        catch (YamlException error)
        {
            return Failed(Describe(error), source.At((int)error.Start.Line, (int)error.Start.Column));
        }
        catch (LimitException error)
        {
            return Failed(error.Message, error.Span);
        }
        catch (Exception error) when (error is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // YamlDotNet's scanner throws these on some malformed input instead of a YamlException.
            return Failed("the YAML is malformed here; the parser could not go on", source.At((int)lastPosition.Line, (int)lastPosition.Column));
        }
    }

    private ParsedDocument Failed(string message, SourceSpan span) =>
        new(source, FileFormat.Yaml, [], comments, MalformedFile.Report("YAML", message, span));

    /// <summary>YamlDotNet's message without its "(Line: 1, Col: 2, Idx: 1) - (...): " prefix, which the span carries.</summary>
    private static string Describe(YamlException error)
    {
        var message = error.Message;
        var prefixEnd = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line:", StringComparison.Ordinal) && prefixEnd >= 0)
        {
            message = message[(prefixEnd + 3)..];
        }

        message = message.Trim().TrimEnd('.');
        return message.Length == 0 ? "the YAML is malformed" : char.ToLowerInvariant(message[0]) + message[1..];
    }

    /// <summary>
    /// The next document's start, or null at the end: YamlDotNet's parser stops without a StreamEnd after
    /// a comment in a stream with no document (a file of only comments).
    /// </summary>
    private ParsingEvent? NextAtStreamLevel()
    {
        try
        {
            return Next();
        }
        catch (LimitException)
        {
            return null;
        }
    }

    /// <summary>Where the comment's text starts on its line: the reader gives the column of the '#' and the text without the spaces after it.</summary>
    private int TextColumn(Comment comment)
    {
        var line = source.Line((int)comment.Start.Line);
        var hash = Math.Clamp((int)comment.Start.Column - 1, 0, line.Length);
        var text = line.IndexOf(comment.Value, hash, StringComparison.Ordinal);
        return (text < 0 ? hash + 1 : text) + 1;
    }

    private ParsingEvent Next()
    {
        while (parser.MoveNext())
        {
            var current = parser.Current!;
            lastPosition = current.End;
            if (current is Comment comment)
            {
                comments.Add(new SourceComment((int)comment.Start.Line, TextColumn(comment), comment.Value, comment.IsInline));
                continue;
            }

            return current;
        }

        throw new LimitException("the YAML ends unexpectedly", source.Span(source.Text.Length, source.Text.Length));
    }

    private static T Expect<T>(ParsingEvent current)
        where T : ParsingEvent =>
        current as T ?? throw new YamlException(current.Start, current.End, $"expected {typeof(T).Name}, found {current.GetType().Name}");

    private (RequestValue Value, long Weight) ReadNode(ParsingEvent current, int depth)
    {
        if (depth > MaximumDepth)
        {
            throw new LimitException($"the YAML nests deeper than {MaximumDepth} levels", Start(current));
        }

        var node = current switch
        {
            Scalar scalar => (ReadScalar(scalar), 1L),
            SequenceStart sequence => ReadSequence(sequence, depth),
            MappingStart mapping => ReadMapping(mapping, depth),
            AnchorAlias alias => ReadAlias(alias),
            _ => throw new YamlException(current.Start, current.End, $"unexpected {current.GetType().Name}"),
        };

        if (current is NodeEvent { Anchor.IsEmpty: false } anchored)
        {
            anchors[anchored.Anchor.Value] = node;
            secretAnchors.Remove(anchored.Anchor.Value);
        }

        return node;
    }

    private (RequestValue Value, long Weight) ReadAlias(AnchorAlias alias)
    {
        if (!anchors.TryGetValue(alias.Value.Value, out var anchored))
        {
            // The name is not repeated: a secret written as a plain value that starts with * reads as an alias.
            throw new LimitException("this alias (*name) refers to no anchor (&name) before it; quote the value if the * is part of it", source.Span((int)alias.Start.Index, (int)alias.End.Index));
        }

        var use = source.Span((int)alias.Start.Index, (int)alias.End.Index);
        expanded += anchored.Weight;
        if (expanded > ExpansionBudget)
        {
            throw new LimitException($"aliases expand to more than {ExpansionBudget:N0} values (an alias bomb?); VpnLint stops reading here", use);
        }

        aliases.Add(new AliasUse(use, anchored.Value.Span));
        var value = AliasedValue.At(anchored.Value, use, masked: secretAnchors.Contains(alias.Value.Value));
        return (value, anchored.Weight);
    }

    private (RequestValue Value, long Weight) ReadSequence(SequenceStart sequence, int depth)
    {
        var items = new List<RequestValue>();
        long weight = 1;
        ParsingEvent current;
        while ((current = Next()) is not SequenceEnd)
        {
            var item = ReadNode(current, depth + 1);
            items.Add(item.Value);
            weight += item.Weight;
        }

        var end = EndOf(current, ']', items.Count > 0 ? items[^1].Span.EndOffset : 0);
        return (new ArrayValue(items, Span(sequence, end)), weight);
    }

    private (RequestValue Value, long Weight) ReadMapping(MappingStart mapping, int depth)
    {
        var members = new List<RequestMember>(16);
        List<RequestMember>? merged = null;
        long weight = 1;
        ParsingEvent current;
        while ((current = Next()) is not MappingEnd)
        {
            if (current is not Scalar key)
            {
                throw new LimitException("a key must be a single value, not a list, a mapping or an alias", Start(current));
            }

            var next = Next();
            var value = ReadNode(next, depth + 1);
            if (next is NodeEvent { Anchor.IsEmpty: false } anchoredValue && SecretNames.IsSecret(key.Value))
            {
                secretAnchors.Add(anchoredValue.Anchor.Value);
            }

            weight += value.Weight + 1;
            if (key.Value == MergeKey && key.Style == ScalarStyle.Plain)
            {
                Merge(value.Value, merged ??= [], key);
                continue;
            }

            members.Add(new RequestMember(key.Value, ScalarSpan(key).Span, value.Value));
        }

        // Merged keys come after the mapping's own, and only where it does not set them itself.
        foreach (var member in merged ?? [])
        {
            if (!members.Exists(own => own.Name == member.Name))
            {
                members.Add(member);
            }
        }

        var end = EndOf(current, '}', members.Count > 0 ? Math.Max(members[^1].Value.Span.EndOffset, members[^1].NameSpan.EndOffset) : 0);
        return (new ObjectValue(members, Span(mapping, end)), weight);
    }

    private void Merge(RequestValue value, List<RequestMember> merged, Scalar key)
    {
        IEnumerable<RequestValue> sources = value is ArrayValue list ? list.Items : [value];
        foreach (var item in sources)
        {
            if (item is not ObjectValue mapping)
            {
                throw new LimitException("a merge key (<<) takes a mapping or a list of mappings", ScalarSpan(key).Span);
            }

            foreach (var member in mapping.Members)
            {
                if (!merged.Exists(earlier => earlier.Name == member.Name))
                {
                    merged.Add(member);
                }
            }
        }
    }

    private RequestValue ReadScalar(Scalar scalar)
    {
        var (span, locator) = ScalarSpan(scalar);
        return YamlScalars.Type(scalar, span, locator);
    }

    /// <summary>
    /// The scalar's span, its anchor (&amp;name) and tag (!tag) included: they are written as part of the
    /// value, so a secret's mask covers them (<c>Psk: !secret</c> is a tag on an empty value) and a finding
    /// on an empty tagged value stays on its line. The locator maps the value's characters to the source:
    /// one to one for a plain or quoted scalar on one line, through the folding for one over several lines.
    /// </summary>
    private (SourceSpan Span, ITextLocator? Locator) ScalarSpan(Scalar scalar)
    {
        var text = source.Text;
        var start = (int)scalar.Start.Index;
        var end = (int)scalar.End.Index;
        var contentStart = SkipProperties(start, end);
        var value = scalar.Value;
        if (value.Length == 0 && scalar.Style == ScalarStyle.Plain)
        {
            // An empty value ends at its properties; the parser's end is at the next token.
            return (source.Span(start, TrimEnd(start, contentStart)), null);
        }

        var oneLine = scalar.Start.Line == scalar.End.Line;
        if (oneLine && scalar.Style == ScalarStyle.Plain && end - value.Length >= contentStart &&
            string.CompareOrdinal(text, end - value.Length, value, 0, value.Length) == 0)
        {
            return (source.Span(start, end), new ContiguousTextLocator(source, end - value.Length));
        }

        if (oneLine && scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted)
        {
            var quotedStart = end - 1 - value.Length;
            if (quotedStart - 1 >= contentStart && string.CompareOrdinal(text, quotedStart, value, 0, value.Length) == 0)
            {
                return (source.Span(start, end), new ContiguousTextLocator(source, quotedStart));
            }
        }

        return (source.Span(start, TrimEnd(start, end)), YamlFoldedText.Locator(source, scalar.Style, contentStart, end, value));
    }

    /// <summary>Skips an anchor (&amp;name) and a tag (!tag) before a node's content.</summary>
    private int SkipProperties(int start, int end)
    {
        var text = source.Text;
        var position = start;
        while (position < end && position < text.Length && (text[position] == '&' || text[position] == '!'))
        {
            while (position < end && !char.IsWhiteSpace(text[position]))
            {
                position++;
            }

            while (position < end && char.IsWhiteSpace(text[position]))
            {
                position++;
            }
        }

        return position;
    }

    /// <summary>Where a node ends without the line breaks and spaces the parser counts after it.</summary>
    private int TrimEnd(int start, int end)
    {
        end = Math.Min(end, source.Text.Length);
        while (end > start && char.IsWhiteSpace(source.Text[end - 1]))
        {
            end--;
        }

        return end;
    }

    private SourceSpan Span(NodeEvent start, int end)
    {
        var from = (int)start.Start.Index;
        return source.Span(from, Math.Max(from, end));
    }

    /// <summary>A flow collection ends after its bracket; a block collection where its last value ends.</summary>
    private int EndOf(ParsingEvent end, char bracket, int lastChildEnd)
    {
        var index = (int)end.Start.Index;
        return index < source.Text.Length && source.Text[index] == bracket ? index + 1 : lastChildEnd;
    }

    private SourceSpan Start(ParsingEvent current) =>
        source.Span((int)current.Start.Index, Math.Min((int)current.Start.Index + 1, source.Text.Length));

    /// <summary>A limit or a structure the reader does not accept, at a position: reported as VPN001.</summary>
    private sealed class LimitException(string message, SourceSpan span) : Exception(message)
    {
        public SourceSpan Span { get; } = span;
    }
}
