using System.Globalization;
using SharpFuzz;
using VpnLint.Fuzz;

// dotnet run -c Release --project tests/fuzz/VpnLint.Fuzz -- <command>
//   mutate [--inputs 100000] [--seed 1]   the deterministic mutation run CI runs, with its figures
//   replay PATH...                        every file given (or in the folders given) through the target
//   libfuzzer                             under libfuzzer-dotnet, after instrumenting with sharpfuzz
//   afl                                   under afl-fuzz, after instrumenting with sharpfuzz
var command = args.Length > 0 ? args[0] : "";
var repository = SeedCorpus.FindRepository();
var work = Path.Combine(Path.GetTempPath(), "vpnlint-fuzz-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
switch (command)
{
    case "mutate":
        var result = MutationRun.Run(new MutationRunOptions(repository, Option("--inputs", 100_000), Option("--seed", 1), Path.Combine(repository, "artifacts", "fuzz", "failures")));
        Console.WriteLine(MutationRunReport.Describe(result));
        return result.Failures.Count == 0 ? 0 : 1;
    case "replay":
        var failures = Replay.Files(new FuzzTarget(work), args.Skip(1));
        failures.ForEach(failure => Console.WriteLine(failure));
        Console.WriteLine($"{failures.Count} failures");
        return failures.Count == 0 ? 0 : 1;
    case "libfuzzer":
        var libFuzzerTarget = new FuzzTarget(work);
        Fuzzer.LibFuzzer.Run(input => Replay.OrThrow(libFuzzerTarget, FuzzInput.Variants("input", input.ToArray(), "libFuzzer")));
        return 0;
    case "afl":
        var aflTarget = new FuzzTarget(work);
        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            Replay.OrThrow(aflTarget, FuzzInput.Variants("input", bytes.ToArray(), "afl-fuzz"));
        });
        return 0;
    default:
        Console.Error.WriteLine("usage: VpnLint.Fuzz mutate [--inputs N] [--seed S] | replay PATH... | libfuzzer | afl");
        return 2;
}

int Option(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}
