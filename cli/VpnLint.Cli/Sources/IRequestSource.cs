using VpnLint.Cli.Parsing;
using VpnLint.Cli.Requests;

namespace VpnLint.Cli.Sources;

/// <summary>
/// One way people write these requests (raw API requests, a Terraform plan, a ROS template): it turns a
/// parsed file into located neutral requests, each with the vocabulary that names its findings as the user
/// wrote them. Reading is all a source does: the requests it gives are judged as a bundle afterwards, by the
/// checker, which knows nothing of the source.
/// </summary>
internal interface IRequestSource
{
    InputFormat Format { get; }

    /// <summary>
    /// Whether a file of this source is judged with the other files of its folder when the folder is one bundle
    /// (<c>bundle: folder</c>): false for a source whose file is already a whole deployment.
    /// </summary>
    bool JoinsFolderBundle { get; }

    /// <summary>Whether the file is written this way, from its top-level keys alone: no second parse.</summary>
    bool Claims(ParsedDocument document);

    /// <param name="document">The parsed file, well-formed.</param>
    /// <param name="displayPath">How messages name the file.</param>
    /// <param name="judgeEverything">
    /// The file was named on the command line: what does not look like a request is VPN002 rather than a
    /// file to skip.
    /// </param>
    FileRequests Read(ParsedDocument document, string displayPath, bool judgeEverything);
}
