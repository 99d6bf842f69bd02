namespace VpnLint.Fuzz;

/// <summary>A file the mutations start from: its text and its extension, which most mutants keep.</summary>
internal sealed record Seed(string Name, string Text, string Extension);
