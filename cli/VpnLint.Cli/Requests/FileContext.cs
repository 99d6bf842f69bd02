using VpnLint.Rules.Model;

namespace VpnLint.Cli.Requests;

/// <summary>
/// What a bundle's <c>context:</c>, a configuration file or the command line says about the gateway and
/// the VPC; each part may be left out, and a more specific source fills in what a less specific one does not.
/// </summary>
internal sealed record FileContext(ConnectionLimit? SslConnections, ConnectionLimit? MaxConnections, IReadOnlyList<ContextCidr>? VpcCidrs)
{
    public static FileContext Empty { get; } = new(null, null, null);

    /// <summary>This context's parts where it has them, <paramref name="fallback"/>'s elsewhere.</summary>
    public FileContext Over(FileContext fallback) =>
        new(SslConnections ?? fallback.SslConnections, MaxConnections ?? fallback.MaxConnections, VpcCidrs ?? fallback.VpcCidrs);

    public CheckContext ToCheckContext(DateTimeOffset now) => new(SslConnections, MaxConnections, VpcCidrs, now);
}
