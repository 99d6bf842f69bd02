using System.Text;

namespace VpnLint.Cli.Input;

/// <summary>
/// Turns a file's bytes into text: UTF-8 (with or without a byte order mark), UTF-16 and UTF-32 by their
/// byte order marks, and UTF-16 without one by its zero bytes. Binary content and invalid bytes are
/// refused with the position where they start, never decoded into replacement characters.
/// </summary>
internal static class TextDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16LittleEndian = new UnicodeEncoding(false, false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16BigEndian = new UnicodeEncoding(true, false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf32LittleEndian = new UTF32Encoding(false, false, throwOnInvalidCharacters: true);
    private static readonly Encoding StrictUtf32BigEndian = new UTF32Encoding(true, false, throwOnInvalidCharacters: true);

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        var (encoding, skip) = DetectEncoding(bytes);
        var content = bytes[skip..];
        if (encoding == StrictUtf8 && content.IndexOf((byte)0) is var zero and >= 0)
        {
            return DecodedText.Failure($"the file holds binary content (a zero byte at byte {zero + skip + 1}), not text", Prefix(content, zero, encoding));
        }

        try
        {
            return DecodedText.Success(encoding.GetString(content), EncodingName(encoding));
        }
        catch (DecoderFallbackException error)
        {
            var index = Math.Clamp(error.Index, 0, content.Length);
            return DecodedText.Failure($"the file is not valid {EncodingName(encoding)}: an invalid byte sequence at byte {index + skip + 1}", Prefix(content, index, encoding));
        }
    }

    /// <summary>
    /// <paramref name="text"/> in the encoding, and with the byte order mark, of <paramref name="original"/>, the bytes it
    /// was decoded from; null when decoding and encoding the original would not give its bytes back, as then writing
    /// the text would change more than it holds.
    /// </summary>
    public static byte[]? EncodeLike(string text, ReadOnlySpan<byte> original)
    {
        var (encoding, skip) = DetectEncoding(original);
        var decoded = Decode(original);
        if (decoded.Error is not null || !original[skip..].SequenceEqual(encoding.GetBytes(decoded.Text)))
        {
            return null;
        }

        return [.. original[..skip], .. encoding.GetBytes(text)];
    }

    private static (Encoding Encoding, int Skip) DetectEncoding(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (StrictUtf8, 3);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return (StrictUtf32LittleEndian, 4);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return (StrictUtf32BigEndian, 4);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (StrictUtf16LittleEndian, 2);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (StrictUtf16BigEndian, 2);
        }

        return LooksLikeUtf16(bytes, out var bigEndian)
            ? (bigEndian ? StrictUtf16BigEndian : StrictUtf16LittleEndian, 0)
            : (StrictUtf8, 0);
    }

    /// <summary>ASCII text in UTF-16 without a byte order mark has a zero in every other byte.</summary>
    private static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes, out bool bigEndian)
    {
        var sample = bytes[..(Math.Min(bytes.Length, 512) & ~1)];
        int zerosAtEven = 0, zerosAtOdd = 0;
        for (var index = 0; index < sample.Length; index++)
        {
            if (sample[index] == 0 && index % 2 == 0)
            {
                zerosAtEven++;
            }
            else if (sample[index] == 0)
            {
                zerosAtOdd++;
            }
        }

        var pairs = sample.Length / 2;
        bigEndian = zerosAtEven > zerosAtOdd;
        return pairs >= 1 && Math.Max(zerosAtEven, zerosAtOdd) * 10 >= pairs * 9 && Math.Min(zerosAtEven, zerosAtOdd) == 0;
    }

    /// <summary>The text before the bad byte, decoded leniently, so that the failure can be given a line and column.</summary>
    private static string Prefix(ReadOnlySpan<byte> content, int index, Encoding encoding)
    {
        var lenient = Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
        return lenient.GetString(content[..index]);
    }

    private static string EncodingName(Encoding encoding) => encoding.CodePage switch
    {
        1200 => "UTF-16 (little-endian)",
        1201 => "UTF-16 (big-endian)",
        12000 => "UTF-32 (little-endian)",
        12001 => "UTF-32 (big-endian)",
        _ => "UTF-8",
    };
}

/// <summary>A file's text, or why it has none and the text before the point where decoding stopped.</summary>
internal sealed class DecodedText
{
    private DecodedText(string text, string encoding, string? error)
    {
        Text = text;
        Encoding = encoding;
        Error = error;
    }

    /// <summary>The text; on failure, the text before the bad byte (to locate the failure).</summary>
    public string Text { get; }

    public string Encoding { get; }

    public string? Error { get; }

    public static DecodedText Success(string text, string encoding) => new(text, encoding, null);

    public static DecodedText Failure(string error, string prefix) => new(prefix, string.Empty, error);
}
