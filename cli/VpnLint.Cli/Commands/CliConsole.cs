namespace VpnLint.Cli.Commands;

/// <summary>Where the command reads and writes, so that tests run it in-process on their own writers.</summary>
internal sealed class CliConsole
{
    public CliConsole(TextWriter output, TextWriter error, Func<Stream> openInput, string workingDirectory, bool outputIsTerminal)
    {
        Output = output;
        Error = error;
        OpenInput = openInput;
        WorkingDirectory = workingDirectory;
        OutputIsTerminal = outputIsTerminal;
    }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    public Func<Stream> OpenInput { get; }

    public string WorkingDirectory { get; }

    public bool OutputIsTerminal { get; }

    public static CliConsole FromSystem() =>
        new(Console.Out, Console.Error, Console.OpenStandardInput, Environment.CurrentDirectory, !Console.IsOutputRedirected);
}
