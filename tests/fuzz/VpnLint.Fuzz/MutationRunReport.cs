using System.Globalization;

namespace VpnLint.Fuzz;

/// <summary>A mutation run's figures in words: what README's reliability section quotes.</summary>
internal static class MutationRunReport
{
    public static string Describe(MutationRunResult result)
    {
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"{result.Inputs:N0} inputs in {result.Elapsed.TotalSeconds:N1} s, {result.Failures.Count} failures"),
            string.Create(CultureInfo.InvariantCulture, $"slowest input: {result.Slowest.Elapsed.TotalMilliseconds:N1} ms, {result.Slowest.Input.Bytes.Length:N0} bytes ({result.Slowest.Input.Origin})"),
            string.Create(CultureInfo.InvariantCulture, $"most allocating input: {result.MostAllocated.AllocatedBytes / (1024.0 * 1024.0):N1} MB for {result.MostAllocated.Input.Bytes.Length:N0} bytes ({result.MostAllocated.Input.Origin})"),
            string.Create(CultureInfo.InvariantCulture, $"peak memory: {result.PeakWorkingSet / (1024.0 * 1024.0):N0} MB"),
        };
        lines.AddRange(result.Failures.Take(20).Select(failure => failure.ToString()));
        lines.AddRange(result.Reproducers.Select(path => "reproducer: " + path));
        return string.Join('\n', lines);
    }
}
