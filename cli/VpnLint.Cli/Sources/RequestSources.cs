using VpnLint.Cli.Parsing;
using VpnLint.Cli.Sources.RawRequests;
using VpnLint.Cli.Sources.Ros;
using VpnLint.Cli.Sources.Terraform;

namespace VpnLint.Cli.Sources;

/// <summary>Every source VpnLint reads, in the order their claims are asked; raw requests, which claim any file, come last.</summary>
internal static class RequestSources
{
    public static IReadOnlyList<IRequestSource> All { get; } = [TerraformPlanSource.Instance, RosTemplateSource.Instance, RawRequestSource.Instance];

    /// <summary>The source <paramref name="format"/> names, or for <see cref="InputFormat.Auto"/> the first that claims the file.</summary>
    public static IRequestSource For(ParsedDocument document, InputFormat format)
    {
        foreach (var source in All)
        {
            if (format == InputFormat.Auto ? source.Claims(document) : source.Format == format)
            {
                return source;
            }
        }

        return RawRequestSource.Instance;
    }
}
