namespace VpnLint.Rules.Catalog;

/// <summary>Where a rule can report: in request files (the CLI), in C# (the analyzers), or both.</summary>
[Flags]
public enum RuleSurface
{
    Files = 1,
    CSharp = 2,
    Both = Files | CSharp,
}
