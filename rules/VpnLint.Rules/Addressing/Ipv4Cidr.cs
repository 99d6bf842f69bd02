namespace VpnLint.Rules.Addressing;

/// <summary>
/// An IPv4 CIDR block as written: the address (host bits and all) and the prefix length. Overlap and
/// containment compare the blocks the addresses fall in, so 172.16.0.1/24 covers 172.16.0.0/24.
/// </summary>
public readonly struct Ipv4Cidr : IEquatable<Ipv4Cidr>
{
    public Ipv4Cidr(uint address, int prefixLength)
    {
        if (prefixLength is < 0 or > 32)
        {
            throw new ArgumentOutOfRangeException(nameof(prefixLength), prefixLength, "A prefix length is 0 to 32.");
        }

        Address = address;
        PrefixLength = prefixLength;
    }

    public uint Address { get; }

    public int PrefixLength { get; }

    public uint Mask => PrefixLength == 0 ? 0u : uint.MaxValue << (32 - PrefixLength);

    public uint FirstAddress => Address & Mask;

    public uint LastAddress => FirstAddress | ~Mask;

    public bool HasHostBits => (Address & ~Mask) != 0;

    /// <summary>The block with its host bits cleared: 172.16.0.1/24 becomes 172.16.0.0/24.</summary>
    public Ipv4Cidr Canonical => new(FirstAddress, PrefixLength);

    public long AddressCount => 1L << (32 - PrefixLength);

    public static Ipv4Cidr Parse(string text) =>
        TryParse(text, out var cidr) ? cidr : throw new FormatException($"'{text}' is not an IPv4 CIDR block.");

    public static bool TryParse(string text, out Ipv4Cidr cidr)
    {
        var result = CidrParser.Parse(text, 0, text.Length);
        cidr = result.Cidr;
        return result.Error == CidrParseError.None;
    }

    /// <summary>The same network with another prefix length, host bits cleared: the fix for a wrong size.</summary>
    public Ipv4Cidr WithPrefixLength(int prefixLength) => new Ipv4Cidr(Address, prefixLength).Canonical;

    public bool Overlaps(Ipv4Cidr other) => FirstAddress <= other.LastAddress && other.FirstAddress <= LastAddress;

    public bool Contains(Ipv4Cidr other) => FirstAddress <= other.FirstAddress && other.LastAddress <= LastAddress;

    public bool Equals(Ipv4Cidr other) => Address == other.Address && PrefixLength == other.PrefixLength;

    public override bool Equals(object? obj) => obj is Ipv4Cidr other && Equals(other);

    public override int GetHashCode() => unchecked((int)Address * 33) ^ PrefixLength;

    public override string ToString() => Ipv4Address.Format(Address) + "/" + PrefixLength.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static bool operator ==(Ipv4Cidr left, Ipv4Cidr right) => left.Equals(right);

    public static bool operator !=(Ipv4Cidr left, Ipv4Cidr right) => !left.Equals(right);
}
