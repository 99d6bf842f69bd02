namespace VpnLint.Rules.Addressing;

/// <summary>Strict dotted-decimal IPv4 addresses: four octets 0-255, digits only, no leading zeros.</summary>
public static class Ipv4Address
{
    public static bool TryParse(string text, out uint address) =>
        TryParse(text, 0, text.Length, out address, out _, out _) == CidrParseError.None;

    /// <summary>Parses <paramref name="length"/> characters at <paramref name="start"/>; on failure names the offending octet.</summary>
    internal static CidrParseError TryParse(string text, int start, int length, out uint address, out string offendingOctet, out int octetCount)
    {
        address = 0;
        offendingOctet = string.Empty;
        octetCount = 0;
        var end = start + length;
        var octetStart = start;
        for (var index = start; index <= end; index++)
        {
            if (index < end && text[index] != '.')
            {
                continue;
            }

            octetCount++;
            if (octetCount > 4)
            {
                return CidrParseError.WrongOctetCount;
            }

            var error = ParseOctet(text, octetStart, index - octetStart, out var octet);
            if (error != CidrParseError.None)
            {
                offendingOctet = text.Substring(octetStart, index - octetStart);
                return error;
            }

            address = (address << 8) | octet;
            octetStart = index + 1;
        }

        return octetCount == 4 ? CidrParseError.None : CidrParseError.WrongOctetCount;
    }

    public static string Format(uint address) =>
        $"{address >> 24}.{(address >> 16) & 0xFF}.{(address >> 8) & 0xFF}.{address & 0xFF}";

    private static CidrParseError ParseOctet(string text, int start, int length, out uint octet)
    {
        octet = 0;
        if (length == 0 || length > 3)
        {
            return length == 0 ? CidrParseError.InvalidOctet : OctetErrorForLongText(text, start, length);
        }

        for (var index = start; index < start + length; index++)
        {
            var character = text[index];
            if (character < '0' || character > '9')
            {
                return CidrParseError.InvalidOctet;
            }

            octet = (octet * 10) + (uint)(character - '0');
        }

        if (length > 1 && text[start] == '0')
        {
            return CidrParseError.OctetLeadingZero;
        }

        return octet > 255 ? CidrParseError.OctetOutOfRange : CidrParseError.None;
    }

    /// <summary>A run of more than three characters: too large if all digits, otherwise not a number.</summary>
    private static CidrParseError OctetErrorForLongText(string text, int start, int length)
    {
        for (var index = start; index < start + length; index++)
        {
            if (text[index] < '0' || text[index] > '9')
            {
                return CidrParseError.InvalidOctet;
            }
        }

        return text[start] == '0' ? CidrParseError.OctetLeadingZero : CidrParseError.OctetOutOfRange;
    }
}
