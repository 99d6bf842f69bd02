namespace VpnLint.Cli.Commands;

/// <summary>Where the command reads and writes, and the environment it sees, so that tests run it in-process on their own writers.</summary>
internal sealed class CliConsole
{
    private readonly Func<string, string?> environment;

    public CliConsole(TextWriter output, TextWriter error, Func<Stream> openInput, string workingDirectory, bool outputIsTerminal, Func<string, string?>? environment = null)
    {
        Output = output;
        Error = error;
        OpenInput = openInput;
        WorkingDirectory = workingDirectory;
        OutputIsTerminal = outputIsTerminal;
        this.environment = environment ?? (_ => null);
    }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    public Func<Stream> OpenInput { get; }

    public string WorkingDirectory { get; }

    public bool OutputIsTerminal { get; }

    /// <summary>An environment variable (<c>NO_COLOR</c>, <c>FORCE_COLOR</c>), or null when it is not set.</summary>
    public string? Variable(string name) => environment(name);

    public static CliConsole FromSystem() =>
        new(Console.Out, Console.Error, Console.OpenStandardInput, Environment.CurrentDirectory, !Console.IsOutputRedirected, Environment.GetEnvironmentVariable);
}
