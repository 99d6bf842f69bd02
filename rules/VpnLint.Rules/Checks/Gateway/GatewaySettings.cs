using VpnLint.Rules.Engine;
using VpnLint.Rules.Model;
using VpnLint.Rules.Parameters;

namespace VpnLint.Rules.Checks.Gateway;

/// <summary>Gateway settings as the cloud reads them, defaults applied.</summary>
internal static class GatewaySettings
{
    public const string Private = "private";
    public const string Public = "public";
    public const string PayAsYouGo = "POSTPAY";

    /// <summary>The network type, public by default; null when not known before run time or outside the set (VPN006's).</summary>
    public static string? NetworkType(RequestFacts gateway) => gateway.Get(ParameterNames.NetworkType) switch
    {
        null or NullValue => Public,
        var value => ReadNetworkType(value),
    };

    private static string? ReadNetworkType(RequestValue value) => ValueReader.ReadText(value) switch
    {
        Public => Public,
        Private => Private,
        _ => null,
    };

    public static bool Contains(IReadOnlyList<long> values, long value)
    {
        for (var index = 0; index < values.Count; index++)
        {
            var candidate = values[index];
            if (candidate == value)
            {
                return true;
            }
        }

        return false;
    }

    public static string Join(IReadOnlyList<long> values) => string.Join(", ", values);
}
