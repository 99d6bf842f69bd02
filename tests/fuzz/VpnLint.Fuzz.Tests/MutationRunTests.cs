namespace VpnLint.Fuzz.Tests;

/// <summary>
/// The deterministic mutation run, as part of the suite: a hundred thousand mutants of the samples, the fuzz
/// seeds and the regression fixtures through the whole file path, every property checked for each. A failure
/// names the reproducers it wrote under artifacts/fuzz/failures; each belongs in tests/fuzz/regressions once fixed.
/// </summary>
[TestClass]
public sealed class MutationRunTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public void HundredThousandMutants_BreakNoProperty()
    {
        var repository = SeedCorpus.FindRepository();
        var options = new MutationRunOptions(repository, Inputs: 100_000, Seed: 1, Path.Combine(repository, "artifacts", "fuzz", "failures"));

        var result = MutationRun.Run(options);

        TestContext.WriteLine(MutationRunReport.Describe(result));
        Assert.IsEmpty(result.Failures, MutationRunReport.Describe(result));
    }

    [TestMethod]
    public void SameSeedAndIndex_MakeTheSameInput()
    {
        var seeds = SeedCorpus.Load(SeedCorpus.FindRepository());

        var (first, again, other) = (new Mutator(seeds, 1).Create(42), new Mutator(seeds, 1).Create(42), new Mutator(seeds, 2).Create(42));

        CollectionAssert.AreEqual(first.Bytes, again.Bytes);
        Assert.AreEqual(first.Name, again.Name);
        CollectionAssert.AreNotEqual(first.Bytes, other.Bytes);
    }

    [TestMethod]
    public void EveryTextMutation_ChangesASeed()
    {
        var seed = SeedCorpus.Load(SeedCorpus.FindRepository()).First(seed => seed.Name.EndsWith("ipsec-secrets.yaml", StringComparison.Ordinal));

        foreach (var mutation in TextMutations.All)
        {
            var changed = Enumerable.Range(0, 20).Any(attempt => mutation(seed.Text, new Random(attempt)) != seed.Text);
            Assert.IsTrue(changed, mutation.Method.Name);
        }
    }
}
