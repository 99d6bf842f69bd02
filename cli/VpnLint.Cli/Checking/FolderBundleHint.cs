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
    /// <summary>Whether the hint needs <paramref name="request"/>: Alibaba's gateways and the servers created on them.</summary>
    public static bool Weighs(Request request) => request.Description.Cloud == Cloud.Alibaba;

    public static IEnumerable<string> Of(IEnumerable<FileResult> results)
    {
        var folders = results
            .Where(result => result.FolderBundleCandidates is { Count: > 0 })
            .GroupBy(result => Path.GetDirectoryName(result.File.FullPath)!, StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            var everyRequest = folder.SelectMany(result => result.FolderBundleCandidates!).ToList();
            if (Split(folder, everyRequest) is { } split)
            {
                yield return $"{split.Server.File.DisplayPath} holds a {split.Api} checked without its gateway, " +
                    $"while {split.Gateway.File.DisplayPath} in the same folder creates it; to check the folder's files together " +
                    "(VPN200 with the gateway's SslConnections, VPN700 to VPN702), set bundle: folder in vpnlint.yaml or pass --bundle-folder";
            }
        }
    }

    /// <summary>The first server of the folder whose gateway its own file does not hold and another file does.</summary>
    private static (FileResult Server, ApiKind Api, FileResult Gateway)? Split(IEnumerable<FileResult> folder, List<Request> everyRequest)
    {
        var files = folder.ToList();
        foreach (var file in files)
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
