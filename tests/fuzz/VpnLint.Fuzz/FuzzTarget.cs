using System.Diagnostics;
using VpnLint.Cli.Checking;
using VpnLint.Cli.Configuration;
using VpnLint.Cli.Output;

namespace VpnLint.Fuzz;

/// <summary>
/// The whole file path of <c>vpnlint check</c> on a batch of inputs, in process: each input read, decoded,
/// parsed, located, read as requests and judged by <see cref="FileChecker"/> (excerpts on, so secrets are
/// located), then the batch written by every report writer, as one run writes its files; then every
/// property a run promises is checked (<see cref="ReportProperties"/>). Nothing is caught that a user
/// would not see: an exception from the checker or a writer is a failure, not a finding.
/// </summary>
internal sealed class FuzzTarget
{
    /// <summary>A fixed day, so that a certificate's expiry is judged alike in every run.</summary>
    private static readonly DateTimeOffset Today = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly string workingDirectory;
    private readonly FileChecker checker;
    private readonly ConfigDiscovery configs;

    /// <param name="workingDirectory">An empty folder the target owns: it writes a configuration there, so that none of the machine's applies.</param>
    public FuzzTarget(string workingDirectory)
    {
        this.workingDirectory = workingDirectory;
        Directory.CreateDirectory(workingDirectory);
        // A configuration that changes severities and ignores a parameter, so that those paths run too.
        File.WriteAllText(Path.Combine(workingDirectory, "vpnlint.yaml"), "rules:\n  VPN108: off\n  VPN502: note\nignore:\n  - rules: [VPN105]\n    parameters: [\"LocalSubnet[1]\"]\n");
        var settings = new CheckSettings { WorkingDirectory = workingDirectory, KeepSource = true, Now = Today };
        configs = new ConfigDiscovery(null, workingDirectory);
        checker = new FileChecker(settings, configs);
    }

    public BatchOutcome Run(IReadOnlyList<FuzzInput> inputs)
    {
        var failures = new List<FuzzFailure>();
        var run = new RunResult();
        var costs = new List<InputCost>(inputs.Count);
        foreach (var input in inputs)
        {
            var file = new InputFile(Path.Combine(workingDirectory, input.Name), input.Name, InputFile.FormatOf(input.Name), input.Explicit) { Content = input.Bytes, NameGiven = true };
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            FileResult result;
            try
            {
                var read = checker.Read(file);
                if (!read.IsFinished)
                {
                    checker.Judge([read]);
                }

                result = read.Result;
            }
            catch (Exception error)
            {
                failures.Add(new FuzzFailure(input, "an exception escaped the check", error.ToString()));
                continue;
            }

            costs.Add(new InputCost(input, clock.Elapsed, GC.GetAllocatedBytesForCurrentThread() - allocated));
            run.Files.Add(result);
            run.Errors.AddRange(result.Errors);
            run.Warnings.AddRange(result.Warnings);
        }

        run.Errors.AddRange(configs.Errors);
        var reports = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (format, write) in Writers())
        {
            try
            {
                var output = new StringWriter { NewLine = "\n" };
                write(run, output);
                reports[format] = output.ToString();
            }
            catch (Exception error)
            {
                failures.Add(new FuzzFailure(null, $"the {format} writer threw", error.ToString()));
            }
        }

        if (failures.Count == 0)
        {
            try
            {
                ReportProperties.Check(inputs, run, reports, failures);
            }
            catch (Exception error)
            {
                // A report that cannot even be read back (text no UTF-8 output can hold) is broken too.
                failures.Add(new FuzzFailure(null, "every report can be read back", error.ToString()));
            }
        }

        return new BatchOutcome(failures, costs);
    }

    /// <summary>Every report a run can write (every <c>--format</c>, the text one with excerpts), its baseline, and what it says on standard error, each into text.</summary>
    private IEnumerable<(string Format, Action<RunResult, TextWriter> Write)> Writers()
    {
        var options = new ReportOptions(workingDirectory) { Excerpts = true };
        foreach (var (format, writer) in ReportWriters.All)
        {
            yield return (format.ToString().ToLowerInvariant(), (run, output) => writer.Write(run, options, output));
        }

        yield return ("baseline", (run, output) =>
        {
            var path = Path.Combine(workingDirectory, $"baseline-{Environment.CurrentManagedThreadId}.json");
            Baseline.Write(path, run.Findings);
            output.Write(File.ReadAllText(path));
        });
        yield return ("standard error", (run, output) =>
        {
            foreach (var line in run.Notes.Concat(run.Warnings).Concat(run.Errors))
            {
                output.WriteLine(line);
            }
        });
    }
}

/// <summary>What checking one input cost: its time and the bytes it allocated.</summary>
internal sealed record InputCost(FuzzInput Input, TimeSpan Elapsed, long AllocatedBytes);

internal sealed record BatchOutcome(IReadOnlyList<FuzzFailure> Failures, IReadOnlyList<InputCost> Costs);
