using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace VpnLint.Analyzers.Tests;

/// <summary>
/// The analyzer, code-fix and rule assemblies load in the oldest host the README promises, Roslyn 4.8
/// (the .NET 8 SDK, Visual Studio 2022 17.8): they reference no assembly newer than that host carries.
/// </summary>
[TestClass]
public sealed class AssemblyReferenceTests
{
    // The assemblies Roslyn 4.8 brings, at the versions it brings them (its Workspaces depends on System.Composition 7.0).
    private static readonly Dictionary<string, Version> Roslyn48 = new(StringComparer.Ordinal)
    {
        ["netstandard"] = new(2, 0, 0, 0),
        ["Microsoft.CodeAnalysis"] = new(4, 8, 0, 0),
        ["Microsoft.CodeAnalysis.CSharp"] = new(4, 8, 0, 0),
        ["Microsoft.CodeAnalysis.Workspaces"] = new(4, 8, 0, 0),
        ["Microsoft.CodeAnalysis.CSharp.Workspaces"] = new(4, 8, 0, 0),
        ["System.Collections.Immutable"] = new(7, 0, 0, 0),
        ["System.Reflection.Metadata"] = new(7, 0, 0, 0),
        ["System.Composition.AttributedModel"] = new(7, 0, 0, 0),
        ["System.Composition.Runtime"] = new(7, 0, 0, 0),
        ["System.Composition.Hosting"] = new(7, 0, 0, 0),
        ["System.Composition.TypedParts"] = new(7, 0, 0, 0),
    };

    [TestMethod]
    [DataRow(typeof(CodeFixes.ReplacementCodeFixProvider))]
    [DataRow(typeof(SdkRequestAnalyzer))]
    [DataRow(typeof(Rules.RuleEngine))]
    public void BuiltAssembly_ReferencesNothingNewerThanRoslyn48Carries(Type typeInAssembly)
    {
        using var reader = new PEReader(File.OpenRead(typeInAssembly.Assembly.Location));
        var metadata = reader.GetMetadataReader();
        var tooNew = new List<string>();
        foreach (var handle in metadata.AssemblyReferences)
        {
            var reference = metadata.GetAssemblyReference(handle);
            var name = metadata.GetString(reference.Name);
            if (name.StartsWith("VpnLint.", StringComparison.Ordinal))
            {
                continue;
            }

            if (!Roslyn48.TryGetValue(name, out var carried) || reference.Version > carried)
            {
                tooNew.Add($"{name} {reference.Version}");
            }
        }

        Assert.IsEmpty(tooNew, $"{typeInAssembly.Assembly.GetName().Name} references what Roslyn 4.8 does not carry: {string.Join(", ", tooNew)}");
    }
}
