using VpnLint.Rules.Catalog;
using VpnLint.Rules.Engine;
using VpnLint.Rules.Parameters;

namespace VpnLint.Rules.Checks.Authentication;

/// <summary>
/// VPN407: a pre-shared key is written out in the request. A reference that a deployment tool fills in
/// (<c>${PSK}</c>, <c>{{ psk }}</c>, <c>$(PSK)</c>, <c>$PSK</c>, <c>%PSK%</c>) is not a key, and is not reported.
/// </summary>
internal sealed class PskInClearText : RequestCheck
{
    public override string RuleId => RuleIds.PskInClearText;

    public override void Check(RequestCheckContext context)
    {
        // A number or a boolean is a key too: a YAML "Psk: 123456" reaches the API as the text 123456.
        var psk = context.Request.Get(ParameterNames.Psk);
        if (ValueReader.ReadText(psk) is { Length: > 0 } text && !IsReference(text))
        {
            context.Report(RuleId, psk!.Span, context.Request.PathOf(ParameterNames.Psk), []);
        }
    }

    public static bool IsReference(string text) =>
        Enclosed(text, "${", "}") || Enclosed(text, "{{", "}}") || Enclosed(text, "$(", ")") ||
        (Enclosed(text, "%", "%") && IsIdentifier(text.Substring(1, text.Length - 2), 0)) ||
        (text.Length > 1 && text[0] == '$' && IsIdentifier(text, 1));

    private static bool Enclosed(string text, string open, string close) =>
        text.Length > open.Length + close.Length &&
        text.StartsWith(open, StringComparison.Ordinal) &&
        text.EndsWith(close, StringComparison.Ordinal);

    private static bool IsIdentifier(string text, int start)
    {
        if (!char.IsLetter(text[start]) && text[start] != '_')
        {
            return false;
        }

        for (var index = start + 1; index < text.Length; index++)
        {
            if (!char.IsLetterOrDigit(text[index]) && text[index] != '_')
            {
                return false;
            }
        }

        return true;
    }
}
