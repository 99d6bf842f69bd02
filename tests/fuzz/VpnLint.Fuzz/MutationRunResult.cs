namespace VpnLint.Fuzz;

/// <summary>What a mutation run found, with the figures README gives: inputs tried, failures, the slowest input and peak memory.</summary>
internal sealed record MutationRunResult(int Inputs, IReadOnlyList<FuzzFailure> Failures, IReadOnlyList<string> Reproducers, InputCost Slowest, InputCost MostAllocated, long PeakWorkingSet, TimeSpan Elapsed);
