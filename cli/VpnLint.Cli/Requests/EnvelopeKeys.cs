using VpnLint.Rules.Model;

namespace VpnLint.Cli.Requests;

/// <summary>
/// Keys a request file may carry beside a request's parameters, for VpnLint or an editor and never for the
/// API: they are removed before the rules see the request.
/// </summary>
internal static class EnvelopeKeys
{
    /// <summary>The bundle label of a gateway request, which the servers on it give as their VpnGatewayId.</summary>
    public const string Label = "x-vpnlint-id";

    /// <summary>Rule IDs not to report on this request: JSON's way of suppressing, as it has no comments.</summary>
    public const string Disable = "x-vpnlint-disable";

    /// <summary>The JSON Schema an editor validates the file against.</summary>
    public const string Schema = "$schema";

    public const string BundleRequests = "requests";
    public const string BundleContext = "context";

    public static bool IsEnvelope(string name) => name is Label or Disable or Schema;

    /// <summary>The rule IDs a <see cref="Disable"/> value names: a list, or one text of IDs separated by commas or spaces.</summary>
    public static IReadOnlyList<string> DisabledRules(RequestValue? value) => value switch
    {
        StringValue text => text.Text.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries),
        ArrayValue list => [.. list.Items.OfType<StringValue>().Select(item => item.Text.Trim())],
        _ => [],
    };
}
