using System.Globalization;
using VpnLint.Rules.Parameters;

namespace VpnLint.Rules.Engine;

/// <summary>How findings name parameters: stable paths for tools, shorter names for people.</summary>
internal static class Paths
{
    private const string HuaweiBodyPrefix = ParameterNames.VpnServer + ".";

    public static string Item(string path, int index) => path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    /// <summary>The path as a message shows it: Huawei's body prefix is left out (client_cidr, ssl_options.port).</summary>
    public static string Display(string path) =>
        path.StartsWith(HuaweiBodyPrefix, StringComparison.Ordinal) ? path.Substring(HuaweiBodyPrefix.Length) : path;
}
