namespace VpnLint.Rules.Tests.Documentation;

/// <summary>
/// A fenced code block of a rule page. Its info string is the language, then words that say what the
/// block is for: <c>json failing</c>, <c>json passing bundle</c>, <c>csharp failing sslConnections=50</c>,
/// <c>text findings</c>. GitHub highlights by the first word and ignores the rest.
/// </summary>
internal sealed class CodeBlock
{
    public const string Failing = "failing";
    public const string Passing = "passing";
    public const string Findings = "findings";
    public const string Bundle = "bundle";

    public CodeBlock(string info, string text, int line)
    {
        var words = info.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Language = words.Length > 0 ? words[0] : string.Empty;
        Words = words.Skip(1).ToList();
        Text = text;
        Line = line;
    }

    public string Language { get; }

    /// <summary>The info string's words after the language.</summary>
    public IReadOnlyList<string> Words { get; }

    public string Text { get; }

    /// <summary>The 1-based line of the opening fence, for messages.</summary>
    public int Line { get; }

    public bool IsFailing => Words.Contains(Failing);

    public bool IsPassing => Words.Contains(Passing);

    public bool IsExample => IsFailing || IsPassing;

    public bool IsBundle => Words.Contains(Bundle);

    public bool IsFindings => Language == "text" && Words.Contains(Findings);

    /// <summary>The value of a <c>key=value</c> word of the info string, or null.</summary>
    public string? Option(string key)
    {
        var prefix = key + "=";
        foreach (var word in Words)
        {
            if (word.StartsWith(prefix, StringComparison.Ordinal))
            {
                return word[prefix.Length..];
            }
        }

        return null;
    }

    public override string ToString() => $"```{Language} {string.Join(' ', Words)}``` at line {Line}";
}
