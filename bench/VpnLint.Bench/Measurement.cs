using System.Diagnostics;
using System.Globalization;

namespace VpnLint.Bench;

/// <summary>One process run: wall time from start to exit, and peak resident memory (VmHWM) read from /proc while it runs.</summary>
internal sealed record Measurement(TimeSpan Wall, long PeakBytes, int ExitCode)
{
    public static Measurement Of(string program, IEnumerable<string> args, string workingDirectory)
    {
        var start = new ProcessStartInfo(program, args)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
        var error = process.StandardError.BaseStream.CopyToAsync(Stream.Null);

        // Memory is sampled beside the run; the wall time is taken when the exit is seen, not at a polling tick.
        using var stop = new CancellationTokenSource();
        var peak = Task.Run(() => SamplePeak(process.Id, stop.Token));
        process.WaitForExit();
        var wall = clock.Elapsed;
        stop.Cancel();
        Task.WaitAll(output, error);
        return new Measurement(wall, peak.Result, process.ExitCode);
    }

    private static long SamplePeak(int processId, CancellationToken stop)
    {
        long peak = 0;
        while (!stop.IsCancellationRequested)
        {
            peak = Math.Max(peak, ReadPeak(processId));
            Thread.Sleep(2);
        }

        return peak;
    }

    /// <summary>The median of several runs by wall time, with the highest peak memory of them.</summary>
    public static Measurement Median(IReadOnlyList<Measurement> runs)
    {
        var sorted = runs.OrderBy(run => run.Wall).ToList();
        return sorted[sorted.Count / 2] with { PeakBytes = runs.Max(run => run.PeakBytes) };
    }

    private static long ReadPeak(int processId)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{processId}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
            // The process ended between two reads.
        }

        return 0;
    }
}
