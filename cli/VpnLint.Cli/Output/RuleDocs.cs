namespace VpnLint.Cli.Output;

/// <summary>The rule pages of docs/rules, embedded in the tool so that `vpnlint explain` and SARIF's help work wherever it is installed.</summary>
internal static class RuleDocs
{
    public static string? Page(string ruleId)
    {
        using var stream = typeof(RuleDocs).Assembly.GetManifestResourceStream($"docs/rules/{ruleId}.md");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
