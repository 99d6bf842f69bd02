using VpnLint.Rules.Apis;
using VpnLint.Rules.Model;

namespace VpnLint.Cli.Checking;

/// <summary>
/// A server judged without its gateway, while another file of its folder creates a gateway: the cross-request rules
/// (VPN200 with the gateway's SslConnections, VPN700 to VPN702) are silently off for it. Said once per folder, with
/// the setting that checks the folder as one bundle.
/// </summary>
internal static class FolderBundleHint
{
    /// <summary>
    /// What the hint keeps of a file judged alone: whether it creates a gateway, and the API of its first server on no
    /// gateway it holds. Two values, not the requests, so that a run keeps no file's model.
    /// </summary>
    internal readonly record struct Role(bool CreatesGateway, ApiKind? ServerWithoutGateway);

    /// <summary>The file's role, or null when it neither creates a gateway nor holds a server without one.</summary>
    public static Role? RoleOf(IReadOnlyList<Request> requests)
    {
        var createsGateway = requests.Any(request => request.Api == ApiKind.CreateVpnGateway);
        var stranded = requests.FirstOrDefault(request =>
            request.Description.Cloud == Cloud.Alibaba && request.Api != ApiKind.CreateVpnGateway && RequestBundle.GatewayOf(request, requests) is null);
        return createsGateway || stranded is not null ? new Role(createsGateway, stranded?.Api) : null;
    }

    /// <summary>The folders of <paramref name="results"/> that hold a server without its gateway but no file that creates one, which files beside them may.</summary>
    public static IEnumerable<string> FoldersMissingAGateway(IEnumerable<FileResult> results) => results
        .Where(result => result.FolderBundleRole is not null)
        .GroupBy(result => Path.GetDirectoryName(result.File.FullPath)!, StringComparer.Ordinal)
        .Where(folder => folder.Any(result => result.FolderBundleRole!.Value.ServerWithoutGateway is not null) && !folder.Any(result => result.FolderBundleRole!.Value.CreatesGateway))
        .Select(folder => folder.Key);

    /// <param name="checkedFiles">The run's files.</param>
    /// <param name="besides">Files of the same folders the run does not name, read for their gateways.</param>
    public static IEnumerable<string> Of(IEnumerable<FileResult> checkedFiles, IEnumerable<FileResult> besides)
    {
        var unnamed = besides.ToHashSet();
        var folders = checkedFiles.Where(result => result.FolderBundleRole is not null).Concat(unnamed)
            .GroupBy(result => Path.GetDirectoryName(result.File.FullPath)!, StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            var server = folder.FirstOrDefault(result => !unnamed.Contains(result) && result.FolderBundleRole!.Value.ServerWithoutGateway is not null);
            var gateway = folder.FirstOrDefault(result => result != server && result.FolderBundleRole!.Value.CreatesGateway);
            if (server is not null && gateway is not null)
            {
                yield return $"{server.File.DisplayPath} holds a {server.FolderBundleRole!.Value.ServerWithoutGateway} checked without its gateway, " +
                    $"while {gateway.File.DisplayPath} in the same folder creates one; to check the folder's files together " +
                    "(VPN200 with the gateway's SslConnections, VPN700 to VPN702), set bundle: folder in vpnlint.yaml or pass --bundle-folder";
            }
        }
    }
}
