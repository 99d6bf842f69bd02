namespace VpnLint.Fuzz.Tests;

/// <summary>Every input the fuzzing ever found breaking a property, replayed in every way a run can meet it.</summary>
[TestClass]
public sealed class RegressionTests
{
    [TestMethod]
    public void EveryRegressionFixture_BreaksNoProperty()
    {
        var folder = SeedCorpus.RegressionFolder(SeedCorpus.FindRepository());
        var fixtures = Directory.EnumerateFiles(folder).Where(path => SeedCorpus.Extensions.Contains(Path.GetExtension(path))).ToList();
        var target = new FuzzTarget(Path.Combine(Path.GetTempPath(), "vpnlint-fuzz-" + Guid.NewGuid().ToString("N")));

        var failures = Replay.Files(target, [folder]);

        Assert.IsNotEmpty(fixtures);
        Assert.IsEmpty(failures, string.Join("\n", failures));
    }

    [TestMethod]
    public void PlantedSecretShown_IsAFailure()
    {
        // The property is only worth its passes if it can fail: a report that quotes a planted secret breaks it.
        var input = new FuzzInput("leak.yaml", System.Text.Encoding.UTF8.GetBytes("Psk: PlantedSecret4242\n"), Explicit: true);

        var (secrets, _) = PlantedSecrets.Of(input.Bytes);

        CollectionAssert.Contains(secrets.ToList(), "PlantedSecret4242");
        Assert.IsTrue(PlantedSecrets.Shows("Psk: PlantedSecret4242", "PlantedSecret4242"));
        Assert.IsFalse(PlantedSecrets.Shows("PlantedSecret42420", "PlantedSecret4242"));
    }
}
