using VpnLint.Cli.Checking;

namespace VpnLint.Bench;

/// <summary>
/// The whole check of the files in this process, with VPN003 to VPN006 found by the JSON Schemas (what
/// vpnlint does) or by the rule engine's own walk of the parameter catalogue: the two ways to find the
/// same members, compared with nothing else different. No report is written.
/// </summary>
internal static class StructureCheck
{
    public static int Run(string folder, bool schemas)
    {
        var settings = new CheckSettings { WorkingDirectory = folder, ValidateWithSchemas = schemas };
        var run = CheckRunner.Run([folder], settings, _ => [], standardInputName: null, baselinePath: null);
        Console.WriteLine($"{run.Files.Count} files, {run.Files.Sum(file => file.Findings.Count)} findings");
        return run.Errors.Count == 0 ? 0 : 2;
    }
}
