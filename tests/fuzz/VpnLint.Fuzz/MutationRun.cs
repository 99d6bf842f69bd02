using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;

namespace VpnLint.Fuzz;

/// <summary>
/// A bounded, deterministic fuzzing run that needs no external fuzzer: the mutator's inputs, in batches on
/// every core, through <see cref="FuzzTarget"/>. A batch that breaks a property is narrowed to the inputs
/// that break it alone, and each is written out as a reproducer, for tests/fuzz/regressions. Time per
/// input is bounded without making the run flaky: an input over the limit is timed again, alone, and fails
/// only when it is slow both times; and allocation, which does not vary with the machine's load, has its
/// own budget per input.
/// </summary>
internal static class MutationRun
{
    /// <summary>An input's wall-clock limit: a thousand times the usual, so that only a real blow-up (quadratic time, a hang) is slow.</summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(2);

    /// <summary>A defect that breaks every input needs a few reproducers, not thousands.</summary>
    private const int MostReproducers = 20;

    public static MutationRunResult Run(MutationRunOptions options)
    {
        var clock = Stopwatch.StartNew();
        var mutator = new Mutator(SeedCorpus.Load(options.Repository), options.Seed);
        var target = new FuzzTarget(Path.Combine(Path.GetTempPath(), "vpnlint-fuzz-" + Guid.NewGuid().ToString("N")));
        var failures = new ConcurrentQueue<FuzzFailure>();
        var slowest = new InputCost(new FuzzInput("", [], true), TimeSpan.Zero, 0);
        var mostAllocated = slowest;
        var gate = new object();
        var batches = (options.Inputs + options.BatchSize - 1) / options.BatchSize;
        Parallel.For(0, batches, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, batch =>
        {
            var first = batch * options.BatchSize;
            var inputs = Enumerable.Range(first, Math.Min(options.BatchSize, options.Inputs - first)).Select(mutator.Create).ToList();
            var outcome = target.Run(inputs);
            foreach (var failure in Narrow(target, inputs, outcome.Failures))
            {
                failures.Enqueue(failure);
            }

            foreach (var cost in outcome.Costs)
            {
                if (Budget.Exceeded(cost) is { } exceeded)
                {
                    failures.Enqueue(exceeded);
                }

                if (cost.Elapsed > TimeLimit && target.Run([cost.Input]).Costs.Single().Elapsed > TimeLimit)
                {
                    failures.Enqueue(new FuzzFailure(cost.Input, "an input's time is bounded", $"{cost.Elapsed.TotalMilliseconds:N0} ms, and again over {TimeLimit.TotalSeconds:N0} s alone"));
                }

                lock (gate)
                {
                    slowest = cost.Elapsed > slowest.Elapsed ? cost : slowest;
                    mostAllocated = cost.AllocatedBytes > mostAllocated.AllocatedBytes ? cost : mostAllocated;
                }
            }
        });

        var distinct = failures.DistinctBy(failure => (failure.Property, failure.Input?.Origin)).OrderBy(failure => failure.Input?.Origin, StringComparer.Ordinal).ToList();
        var reproducers = distinct.Where(failure => failure.Input is not null).Take(MostReproducers).Select(failure => WriteReproducer(options.ReproducerFolder, failure)).Distinct().ToList();
        using var process = Process.GetCurrentProcess();
        return new MutationRunResult(options.Inputs, distinct, reproducers, slowest, mostAllocated, process.PeakWorkingSet64, clock.Elapsed);
    }

    /// <summary>A batch's failure that names no input is looked for in each of its inputs alone; what fails alone is what is reported.</summary>
    private static IEnumerable<FuzzFailure> Narrow(FuzzTarget target, IReadOnlyList<FuzzInput> inputs, IReadOnlyList<FuzzFailure> failures)
    {
        foreach (var failure in failures.Where(failure => failure.Input is not null))
        {
            yield return failure;
        }

        if (failures.All(failure => failure.Input is not null))
        {
            yield break;
        }

        var alone = inputs.SelectMany(input => target.Run([input]).Failures.Select(failure => failure with { Input = input })).ToList();
        foreach (var failure in alone.Count > 0 ? alone : failures.Where(failure => failure.Input is null))
        {
            yield return failure;
        }
    }

    private static string WriteReproducer(string folder, FuzzFailure failure)
    {
        var input = failure.Input!;
        Directory.CreateDirectory(folder);
        var hash = Convert.ToHexStringLower(SHA256.HashData(input.Bytes))[..12];
        var extension = Path.GetExtension(input.Name) is { Length: > 0 } given ? given : SeedCorpus.SniffedExtension;
        var path = Path.Combine(folder, hash + extension);
        File.WriteAllBytes(path, input.Bytes);
        File.WriteAllText(path + ".txt", $"{failure.Property}\n{input.Origin}; {(input.Explicit ? "named on the command line" : "found in a folder")}\n\n{failure.Detail}\n");
        return path;
    }
}
