using System.Globalization;
using System.Text;

namespace VpnLint.Fuzz;

/// <summary>
/// The inputs of a mutation run: input <c>n</c> of the run with seed <c>s</c> is a seed file given one to
/// four <see cref="TextMutations"/>, encoded as UTF-8 or, with or without a byte order mark, UTF-16 or
/// UTF-32, and now and then given byte mutations (flipped bits, a cut, invalid UTF-8). It depends on
/// nothing but <c>s</c>, <c>n</c> and the seed files (<see cref="Random"/> with a seed is the same on every
/// machine), so any input is made again from its index.
/// </summary>
internal sealed class Mutator
{
    /// <summary>The largest text a mutant keeps: big enough for deep nesting and long values, small enough to keep a run short.</summary>
    private const int LongestText = 400_000;

    private static readonly byte[][] OddBytes =
    [
        [0xFF], [0xFE], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0x00], [0x00, 0x00],
        [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0x80], [0xF8, 0x88, 0x80, 0x80, 0x80],
    ];

    private readonly IReadOnlyList<Seed> seeds;
    private readonly int runSeed;

    public Mutator(IReadOnlyList<Seed> seeds, int runSeed)
    {
        this.seeds = seeds;
        this.runSeed = runSeed;
    }

    public FuzzInput Create(int index)
    {
        var random = new Random(unchecked((runSeed * 1_000_003) + index));
        var seed = seeds[random.Next(seeds.Count)];
        var text = seed.Text;
        for (var count = 1 + random.Next(4); count > 0; count--)
        {
            text = TextMutations.All[random.Next(TextMutations.All.Length)](text, random);
            text = text.Length > LongestText ? text[..LongestText] : text;
        }

        var bytes = Encode(text, random);
        if (random.Next(4) == 0)
        {
            bytes = MutateBytes(bytes, random);
        }

        var extension = random.Next(10) switch { < 6 => seed.Extension, 6 => ".json", 7 => ".yaml", 8 => ".yml", _ => "" };
        return new FuzzInput($"input-{index.ToString(CultureInfo.InvariantCulture)}{extension}", bytes, Explicit: random.Next(4) != 0)
        {
            Origin = $"mutation run seed {runSeed.ToString(CultureInfo.InvariantCulture)}, input {index.ToString(CultureInfo.InvariantCulture)} (from {seed.Name})",
        };
    }

    private static byte[] Encode(string text, Random random) => random.Next(20) switch
    {
        14 => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
        15 => [0xFF, 0xFE, .. Utf16(text, bigEndian: false)],
        16 => [0xFE, 0xFF, .. Utf16(text, bigEndian: true)],
        17 => Utf16(text, bigEndian: false),
        18 => [0xFF, 0xFE, 0x00, 0x00, .. new UTF32Encoding(bigEndian: false, byteOrderMark: false).GetBytes(text)],
        19 => [0x00, 0x00, 0xFE, 0xFF, .. new UTF32Encoding(bigEndian: true, byteOrderMark: false).GetBytes(text)],
        _ => Encoding.UTF8.GetBytes(text),
    };

    /// <summary>UTF-16 unit by unit, so that a lone surrogate stays one, as an encoder would replace it.</summary>
    private static byte[] Utf16(string text, bool bigEndian)
    {
        var bytes = new byte[text.Length * 2];
        for (var index = 0; index < text.Length; index++)
        {
            var (high, low) = ((byte)(text[index] >> 8), (byte)text[index]);
            (bytes[2 * index], bytes[(2 * index) + 1]) = bigEndian ? (high, low) : (low, high);
        }

        return bytes;
    }

    private static byte[] MutateBytes(byte[] bytes, Random random)
    {
        var mutated = new List<byte>(bytes);
        for (var count = 1 + random.Next(3); count > 0; count--)
        {
            switch (random.Next(4))
            {
                case 0 when mutated.Count > 0:
                    var at = random.Next(mutated.Count);
                    mutated[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    mutated = mutated.GetRange(0, random.Next(mutated.Count + 1));
                    break;
                case 2:
                    mutated.InsertRange(random.Next(mutated.Count + 1), OddBytes[random.Next(OddBytes.Length)]);
                    break;
                default:
                    if (mutated.Count > 0)
                    {
                        mutated.RemoveAt(random.Next(mutated.Count));
                    }

                    break;
            }
        }

        return [.. mutated];
    }
}
