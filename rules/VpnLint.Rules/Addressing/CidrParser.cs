using System.Globalization;

namespace VpnLint.Rules.Addressing;

/// <summary>
/// The strict parser behind <see cref="Ipv4Cidr.TryParse(string, out Ipv4Cidr)"/>: dotted decimal with a
/// prefix, octets 0-255 without leading zeros (ambiguous: some parsers read 010 as octal), prefix 0-32,
/// nothing else, not even a space.
/// </summary>
public static class CidrParser
{
    public static CidrParseResult Parse(string text) => Parse(text, 0, text.Length);

    public static CidrParseResult Parse(string text, int start, int length)
    {
        if (length == 0)
        {
            return Failure(CidrParseError.Empty, string.Empty);
        }

        var end = start + length;
        var slash = -1;
        for (var index = start; index < end; index++)
        {
            var character = text[index];
            if (char.IsWhiteSpace(character))
            {
                return Failure(CidrParseError.StraySpace, string.Empty);
            }

            if (character == ':')
            {
                return Failure(CidrParseError.Ipv6, string.Empty);
            }

            if (character == '/' && slash < 0)
            {
                slash = index;
            }
        }

        if (slash < 0)
        {
            return Failure(CidrParseError.MissingPrefix, string.Empty);
        }

        var addressError = Ipv4Address.TryParse(text, start, slash - start, out var address, out var octet, out var octetCount);
        if (addressError == CidrParseError.WrongOctetCount)
        {
            return Failure(addressError, octetCount.ToString(CultureInfo.InvariantCulture));
        }

        if (addressError != CidrParseError.None)
        {
            return Failure(addressError, octet);
        }

        var prefixText = text.Substring(slash + 1, end - slash - 1);
        var prefixError = ParsePrefix(prefixText, out var prefixLength);
        return prefixError == CidrParseError.None
            ? new CidrParseResult(new Ipv4Cidr(address, prefixLength), CidrParseError.None, string.Empty)
            : Failure(prefixError, prefixText);
    }

    private static CidrParseError ParsePrefix(string text, out int prefixLength)
    {
        prefixLength = 0;
        if (text.Length is 0 or > 3)
        {
            return text.Length == 0 ? CidrParseError.InvalidPrefix : AllDigits(text) ? CidrParseError.PrefixOutOfRange : CidrParseError.InvalidPrefix;
        }

        if (!AllDigits(text) || (text.Length > 1 && text[0] == '0'))
        {
            return CidrParseError.InvalidPrefix;
        }

        prefixLength = int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
        return prefixLength > 32 ? CidrParseError.PrefixOutOfRange : CidrParseError.None;
    }

    private static bool AllDigits(string text)
    {
        foreach (var character in text)
        {
            if (character < '0' || character > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static CidrParseResult Failure(CidrParseError error, string detail) => new(default, error, detail);
}
