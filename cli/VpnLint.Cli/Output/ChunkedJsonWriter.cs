using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace VpnLint.Cli.Output;

/// <summary>
/// A UTF-8 JSON writer (indented, "\n" lines, non-ASCII text as it is) whose text reaches a <see cref="TextWriter"/> in
/// chunks, so that a report of many findings is never held whole. Each chunk passes through a pooled buffer: a string
/// per chunk went to the large object heap, 24 MB of it for the bench's 19,000 findings.
/// </summary>
internal sealed class ChunkedJsonWriter : IDisposable
{
    private const int ChunkBytes = 32 * 1024;

    private static readonly JsonWriterOptions Options = new() { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly MemoryStream buffer = new();
    private readonly TextWriter output;

    public ChunkedJsonWriter(TextWriter output)
    {
        this.output = output;
        Json = new Utf8JsonWriter(buffer, Options);
    }

    public Utf8JsonWriter Json { get; }

    /// <summary>Passes the text written so far on once it fills a chunk; called between the items of a long list.</summary>
    public void DrainIfFull()
    {
        if (Json.BytesPending + buffer.Length >= ChunkBytes)
        {
            Drain();
        }
    }

    /// <summary>Passes the rest on; the writer's owner flushes the text writer.</summary>
    public void Dispose()
    {
        Drain();
        Json.Dispose();
        buffer.Dispose();
    }

    private void Drain()
    {
        Json.Flush();
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        var chars = ArrayPool<char>.Shared.Rent(Encoding.UTF8.GetMaxCharCount(bytes.Length));
        var count = Encoding.UTF8.GetChars(bytes, chars);
        output.Write(chars, 0, count);
        ArrayPool<char>.Shared.Return(chars);
        buffer.SetLength(0);
    }
}
