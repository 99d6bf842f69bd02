using System.Globalization;
using System.Text;
using VpnLint.Rules.Addressing;

namespace VpnLint.Rules.Engine;

/// <summary>Why a text is not a CIDR block, and how to write it, in words (the second half of VPN100's message).</summary>
internal static class CidrReasons
{
    public static string Explain(CidrParseResult parse, string text) => parse.Error switch
    {
        CidrParseError.Empty => "the list has an empty item; remove the extra comma",
        CidrParseError.StraySpace => WithoutSpaces(text),
        CidrParseError.Ipv6 => "it is IPv6; these APIs take IPv4 blocks only",
        CidrParseError.MissingPrefix => MissingPrefix(text),
        CidrParseError.InvalidPrefix when parse.Detail.Length > 1 && parse.Detail[0] == '0' && AllDigits(parse.Detail) =>
            $"the prefix length {parse.Detail} has a leading zero; write /{parse.Detail.TrimStart('0').PadLeft(1, '0')}",
        CidrParseError.InvalidPrefix => $"the prefix length '{parse.Detail}' is not a number from 0 to 32",
        CidrParseError.PrefixOutOfRange => $"the prefix length /{parse.Detail} is above 32",
        CidrParseError.WrongOctetCount => $"its address has {parse.Detail} parts; an IPv4 address has 4, such as 10.0.0.0/8",
        CidrParseError.InvalidOctet when parse.Detail.Length == 0 => "its address has an empty part between dots",
        CidrParseError.InvalidOctet => $"'{parse.Detail}' is not a number from 0 to 255",
        CidrParseError.OctetOutOfRange => $"{parse.Detail} is above 255",
        CidrParseError.OctetLeadingZero =>
            $"{parse.Detail} has a leading zero, which some parsers read as octal; write {parse.Detail.TrimStart('0').PadLeft(1, '0')}",
        _ => "it is not dotted decimal with a prefix length, such as 192.168.1.0/24",
    };

    /// <summary>Suggests the text with a prefix length only when that makes a block; "10.1" needs its address completed first.</summary>
    private static string MissingPrefix(string text) =>
        Ipv4Cidr.TryParse(text + "/24", out _)
            ? $"it has no prefix length; write it with one, such as {text}/24"
            : "it has no prefix length, and its address is not four numbers from 0 to 255; write a block such as 10.1.0.0/16";

    /// <summary>
    /// Names the kinds of white space the text holds (a tab or a line break is not what "a space" makes a
    /// reader look for) and suggests the text without them only when that is a block; otherwise says what
    /// else is wrong.
    /// </summary>
    private static string WithoutSpaces(string text)
    {
        var kinds = new List<string>();
        var compact = new StringBuilder(text.Length);
        foreach (var character in text)
        {
            if (!char.IsWhiteSpace(character))
            {
                compact.Append(character);
            }
            else if (!kinds.Contains(NameOfSpace(character)))
            {
                kinds.Add(NameOfSpace(character));
            }
        }

        var holds = "it holds " + string.Join(" and ", kinds);
        var parse = CidrParser.Parse(compact.ToString());
        return parse.IsValid || compact.Length == 0
            ? $"{holds}; write {compact}"
            : $"{holds}, and without {(kinds.Count == 1 ? "it" : "them")} {Explain(parse, compact.ToString())}";
    }

    private static string NameOfSpace(char character) => character switch
    {
        ' ' => "a space",
        '\t' => "a tab",
        '\n' => "a line break",
        '\r' => "a carriage return",
        '\u00a0' => "a no-break space",
        _ => "the white space U+" + ((int)character).ToString("X4", CultureInfo.InvariantCulture),
    };

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
}
