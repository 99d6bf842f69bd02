namespace VpnLint.Fuzz;

/// <param name="Repository">Where the seeds are: samples/requests, tests/fuzz/seeds and tests/fuzz/regressions.</param>
/// <param name="Inputs">How many mutated inputs to try.</param>
/// <param name="Seed">Which inputs: the same seed gives the same inputs on every machine.</param>
/// <param name="ReproducerFolder">Where each input that breaks a property is written.</param>
/// <param name="BatchSize">How many inputs one run of the writers takes: a report per input would cost more than the checks.</param>
internal sealed record MutationRunOptions(string Repository, int Inputs, int Seed, string ReproducerFolder, int BatchSize = 200);
