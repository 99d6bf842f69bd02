using VpnLint.Rules.Apis;
using VpnLint.Rules.Model;

namespace VpnLint.Cli.Checking;

/// <summary>
/// A server judged without its gateway, while another file of its folder creates that gateway: the cross-request rules
/// (VPN200 with the gateway's SslConnections, VPN700 to VPN702) are silently off for it. Said once per folder, with
/// the setting that checks the folder as one bundle.
/// </summary>
internal static class FolderBundleHint
{
    /// <summary>What the hint needs of a file's requests: its gateways, and its servers on none of them.</summary>
    public static IReadOnlyList<Request> Candidates(IReadOnlyList<Request> requests)
    {
        var alibaba = requests.Where(request => request.Description.Cloud == Cloud.Alibaba).ToList();
        return alibaba.Where(request => request.Api == ApiKind.CreateVpnGateway || RequestBundle.GatewayOf(request, alibaba) is null).ToList();
    }

    /// <summary>Whether a server among <paramref name="requests"/> (a file's) is on no gateway they hold.</summary>
    public static bool MissesGateway(IReadOnlyList<Request> requests) =>
        requests.Any(request => request.Api != ApiKind.CreateVpnGateway && RequestBundle.GatewayOf(request, requests) is null);

    /// <param name="checkedFiles">The run's files.</param>
    /// <param name="besides">Files of the same folders the run does not name, read for their gateways.</param>
    public static IEnumerable<string> Of(IEnumerable<FileResult> checkedFiles, IEnumerable<FileResult> besides)
    {
        var candidates = checkedFiles.Where(result => result.FolderBundleCandidates is { Count: > 0 }).ToList();
        var folders = candidates.Concat(besides)
            .GroupBy(result => Path.GetDirectoryName(result.File.FullPath)!, StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            var files = folder.ToList();
            var everyRequest = files.SelectMany(result => result.FolderBundleCandidates!).ToList();
            if (Split(files.Where(candidates.Contains), files, everyRequest) is { } split)
            {
                yield return $"{split.Server.File.DisplayPath} holds a {split.Api} checked without its gateway, " +
                    $"while {split.Gateway.File.DisplayPath} in the same folder creates it; to check the folder's files together " +
                    "(VPN200 with the gateway's SslConnections, VPN700 to VPN702), set bundle: folder in vpnlint.yaml or pass --bundle-folder";
            }
        }
    }

    /// <summary>The first server of the run's files whose gateway its own file does not hold and another file of the folder does.</summary>
    private static (FileResult Server, ApiKind Api, FileResult Gateway)? Split(IEnumerable<FileResult> servers, List<FileResult> files, List<Request> everyRequest)
    {
        foreach (var file in servers)
        {
            foreach (var server in file.FolderBundleCandidates!)
            {
                if (server.Api != ApiKind.CreateVpnGateway &&
                    RequestBundle.GatewayOf(server, file.FolderBundleCandidates!) is null &&
                    RequestBundle.GatewayOf(server, everyRequest) is { } gateway)
                {
                    return (file, server.Api, files.First(other => other.FolderBundleCandidates!.Contains(gateway)));
                }
            }
        }

        return null;
    }
}
