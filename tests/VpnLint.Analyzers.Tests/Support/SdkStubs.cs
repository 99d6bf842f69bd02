using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace VpnLint.Analyzers.Tests.Support;

/// <summary>
/// The SDK shape stubs of samples/sdk/Stubs, compiled once into an assembly that every test compilation
/// references, as a project references the real SDK packages; and the framework it is compiled against.
/// </summary>
internal static class SdkStubs
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> FrameworkReferences = new(LoadFramework);
    private static readonly Lazy<MetadataReference> StubReference = new(CompileStubs);

    public static ImmutableArray<MetadataReference> Framework => FrameworkReferences.Value;

    public static MetadataReference Reference => StubReference.Value;

    private static ImmutableArray<MetadataReference> LoadFramework()
    {
        var directory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var references = ImmutableArray.CreateBuilder<MetadataReference>();
        foreach (var file in Directory.GetFiles(directory, "*.dll"))
        {
            var name = Path.GetFileName(file);
            if (name is "netstandard.dll" or "mscorlib.dll" or "Microsoft.CSharp.dll" || name.StartsWith("System.", StringComparison.Ordinal))
            {
                references.Add(MetadataReference.CreateFromFile(file));
            }
        }

        return references.ToImmutable();
    }

    private static MetadataReference CompileStubs()
    {
        var assembly = typeof(SdkStubs).Assembly;
        var trees = new List<SyntaxTree>();
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (name.StartsWith("Stubs/", StringComparison.Ordinal))
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
                trees.Add(CSharpSyntaxTree.ParseText(reader.ReadToEnd(), path: name));
            }
        }

        var compilation = CSharpCompilation.Create(
            "SdkStubs",
            trees,
            Framework,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        if (!result.Success)
        {
            throw new InvalidOperationException("The SDK stubs do not compile:\n" + string.Join("\n", result.Diagnostics));
        }

        return MetadataReference.CreateFromImage(image.ToArray());
    }
}
