using System.Security.Cryptography;
using System.Text;

namespace VpnLint.Cli.Checking;

/// <summary>
/// What identifies a finding across runs and machines, without line numbers, so that unrelated edits
/// leave it the same: the file relative to a base folder (forward slashes), the rule, and the parameter path.
/// Several findings with one key are told apart by their order.
/// </summary>
internal static class FindingKey
{
    public static string RelativeFile(InputFile file, string baseDirectory)
    {
        if (file.IsAnonymous)
        {
            return InputFile.StandardInputName;
        }

        var relative = Path.GetRelativePath(baseDirectory, file.FullPath);
        return (Path.IsPathRooted(relative) ? file.FullPath : relative).Replace('\\', '/');
    }

    public static string Of(string relativeFile, string ruleId, string path) => relativeFile + "|" + ruleId + "|" + path;

    /// <summary>
    /// Each finding with its file relative to <paramref name="baseDirectory"/> and a fingerprint that is unique in the run
    /// and stable across runs and machines (SARIF's partialFingerprints, GitLab's fingerprint): a hash of its key and of
    /// how many findings of that key came before it.
    /// </summary>
    public static IEnumerable<(ReportedFinding Finding, string RelativeFile, string Fingerprint)> Fingerprinted(IEnumerable<ReportedFinding> findings, string baseDirectory)
    {
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var finding in findings)
        {
            var relative = RelativeFile(finding.File, baseDirectory);
            var key = Of(relative, finding.RuleId, finding.QualifiedPath);
            var occurrence = occurrences.GetValueOrDefault(key);
            occurrences[key] = occurrence + 1;
            yield return (finding, relative, Fingerprint(key, occurrence));
        }
    }

    /// <summary>A short stable hash of a key and its occurrence.</summary>
    public static string Fingerprint(string key, int occurrence) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key + "|" + occurrence.ToString(System.Globalization.CultureInfo.InvariantCulture))))[..32];
}
