using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace VpnLint.Cli.Output;

/// <summary>The tool's version, from its own assembly (not the host's, which in-process tests would print).</summary>
internal static class ToolVersion
{
    public static string Value { get; } =
        typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>Makes <c>--version</c> print <see cref="Value"/> to the command's own output.</summary>
    public static void Use(RootCommand root, TextWriter output)
    {
        foreach (var option in root.Options)
        {
            if (option is VersionOption version)
            {
                version.Action = new PrintVersion(output);
            }
        }
    }

    private sealed class PrintVersion(TextWriter output) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            output.WriteLine(Value);
            return 0;
        }
    }
}
