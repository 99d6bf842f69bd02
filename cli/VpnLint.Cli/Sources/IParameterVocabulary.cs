using VpnLint.Cli.Checking;
using VpnLint.Rules;

namespace VpnLint.Cli.Sources;

/// <summary>
/// How a source names what a finding is about: its parameter path, message and place in the words of the
/// file the user wrote (<c>ike_config[0].ike_pfs</c> of a Terraform resource rather than the API's
/// <c>IkeConfig.IkePfs</c>), and the resource it belongs to.
/// </summary>
internal interface IParameterVocabulary
{
    /// <returns>The finding as the user reads it; null when the source knows it does not apply to what the user wrote.</returns>
    ReportedFinding? Word(InputFile file, Finding finding);
}

/// <summary>The API's own names: raw requests are written in them.</summary>
internal sealed class ApiVocabulary : IParameterVocabulary
{
    public static ApiVocabulary Instance { get; } = new();

    private ApiVocabulary()
    {
    }

    public ReportedFinding? Word(InputFile file, Finding finding) => new(file, finding, finding.Severity);
}
