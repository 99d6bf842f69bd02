using VpnLint.Cli.Checking;
using VpnLint.Cli.Output;

namespace VpnLint.Cli.Commands;

/// <summary>Where a check's report goes: standard output, or the file <c>--output</c> names with the summary on standard output; the run's notes, warnings and errors on standard error.</summary>
internal static class CheckReport
{
    /// <summary>
    /// Writes the run's report. With <paramref name="reportOnStandardOutput"/> false, standard output holds something else
    /// (the diff of --fix --dry-run): the report is written only to a file, and the summary goes to standard error.
    /// </summary>
    public static void Write(RunResult run, IReportWriter writer, string? outputPath, ReportOptions options, CliConsole console, bool reportOnStandardOutput)
    {
        if (!options.Quiet)
        {
            foreach (var note in run.Notes)
            {
                console.Error.WriteLine("vpnlint: note: " + note);
            }

            foreach (var warning in run.Warnings)
            {
                console.Error.WriteLine("vpnlint: warning: " + warning);
            }
        }

        foreach (var error in run.Errors)
        {
            console.Error.WriteLine("vpnlint: error: " + error);
        }

        if (outputPath is null)
        {
            if (reportOnStandardOutput)
            {
                writer.Write(run, options, console.Output);
                console.Output.Flush();
            }
            else if (!options.Quiet)
            {
                console.Error.WriteLine(TextReport.Summary(run));
            }

            return;
        }

        var written = WriteFile(Path.GetFullPath(outputPath, console.WorkingDirectory), path =>
        {
            using var file = new StreamWriter(path) { NewLine = "\n" };
            writer.Write(run, options, file);
        }, run);
        if (!written)
        {
            console.Error.WriteLine("vpnlint: error: " + run.Errors[^1]);
        }
        else if (!options.Quiet)
        {
            (reportOnStandardOutput ? console.Output : console.Error).WriteLine(TextReport.Summary(run));
        }
    }

    /// <summary>Writes a file the user named, creating its folder; a failure is an error of the run (exit code 2), never an exception.</summary>
    public static bool WriteFile(string path, Action<string> write, RunResult run)
    {
        if (Directory.Exists(path))
        {
            run.Errors.Add($"{path}: is a folder; name a file to write");
            return false;
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            write(path);
            return true;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            run.Errors.Add($"{path}: cannot write the file: {error.Message}");
            return false;
        }
    }
}
