namespace VpnLint.Rules;

/// <summary>
/// PEM key and certificate material is secret wherever it is written: under a key that is not secret, inside
/// a longer value (a folded scalar that swallowed the next lines), even as a key. A finding's path and
/// arguments keep what comes before the material and its armour line (<c>-----BEGIN CERTIFICATE-----</c>,
/// which says what kind it is, as a rule's own advice may) and never what follows.
/// </summary>
public static class KeyMaterial
{
    /// <summary>How PEM material starts.</summary>
    public const string Marker = "-----BEGIN";

    /// <summary>What a finding shows in place of the material.</summary>
    public const string Hidden = " … (key material, not shown)";

    private const string ArmourEnd = "-----";

    public static string Hide(string text)
    {
        var at = text.IndexOf(Marker, StringComparison.Ordinal);
        if (at < 0)
        {
            return text;
        }

        var armourEnd = text.IndexOf(ArmourEnd, at + Marker.Length, StringComparison.Ordinal);
        var kept = armourEnd < 0 ? at + Marker.Length : armourEnd + ArmourEnd.Length;
        return kept == text.Length ? text : text.Substring(0, kept) + Hidden;
    }

    /// <summary>Each text with its material hidden; the list itself when none holds any, as nearly none does.</summary>
    public static IReadOnlyList<string> HideEach(IReadOnlyList<string> texts)
    {
        string[]? hidden = null;
        for (var index = 0; index < texts.Count; index++)
        {
            if (texts[index].IndexOf(Marker, StringComparison.Ordinal) >= 0)
            {
                hidden ??= [.. texts];
                hidden[index] = Hide(texts[index]);
            }
        }

        return hidden ?? texts;
    }
}
