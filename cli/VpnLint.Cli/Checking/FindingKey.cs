using System.Buffers;
using System.Globalization;
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
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        (InputFile? File, string Relative) last = (null, "");
        foreach (var finding in findings)
        {
            // A file's findings come together: its relative path is worked out once for them.
            if (!ReferenceEquals(finding.File, last.File))
            {
                last = (finding.File, RelativeFile(finding.File, baseDirectory));
            }

            var relative = last.Relative;
            var key = Of(relative, finding.RuleId, finding.QualifiedPath);
            var occurrence = occurrences.GetValueOrDefault(key);
            occurrences[key] = occurrence + 1;
            yield return (finding, relative, Fingerprint(hash, key, occurrence));
        }
    }

    /// <summary>
    /// The first 16 bytes, in hex, of the SHA-256 of <c>key|occurrence</c> in UTF-8. One hash object serves a whole report:
    /// a one-shot hash per finding measured 2.5 times as long, and the text of each step was allocated on the heap.
    /// </summary>
    private static string Fingerprint(IncrementalHash hash, string key, int occurrence)
    {
        var length = Encoding.UTF8.GetMaxByteCount(key.Length) + 1 + 11;
        var rented = length > 512 ? ArrayPool<byte>.Shared.Rent(length) : null;
        var text = rented ?? stackalloc byte[length];
        var written = Encoding.UTF8.GetBytes(key, text);
        text[written++] = (byte)'|';
        occurrence.TryFormat(text[written..], out var digits, provider: CultureInfo.InvariantCulture);
        hash.AppendData(text[..(written + digits)]);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        Span<byte> digest = stackalloc byte[32];
        hash.GetHashAndReset(digest);
        return Convert.ToHexStringLower(digest[..16]);
    }
}
