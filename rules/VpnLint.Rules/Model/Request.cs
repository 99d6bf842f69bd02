using VpnLint.Rules.Apis;

namespace VpnLint.Rules.Model;

/// <summary>
/// One API request in the neutral model. For Alibaba the root holds the parameters (and <c>Action</c>);
/// for Huawei it holds the body member <c>vpn_server</c> beside the path and header parameters.
/// </summary>
public sealed class Request
{
    public Request(ApiKind api, ObjectValue root, string? label = null, bool isPartial = false, string? fileName = null)
    {
        Api = api;
        Root = root;
        Label = label;
        IsPartial = isPartial;
        FileName = fileName;
    }

    public ApiKind Api { get; }

    public ObjectValue Root { get; }

    /// <summary>
    /// The name a bundle gives this request, so that servers can name their gateway (see
    /// <see cref="RequestBundle"/>); null outside bundles.
    /// </summary>
    public string? Label { get; }

    /// <summary>
    /// The file the request was read from, as messages name it, when a bundle may span files (a folder checked as one
    /// bundle): a finding that points at another request names its file when it differs. Null when a front end reads
    /// every request of a bundle from one place.
    /// </summary>
    public string? FileName { get; }

    /// <summary>
    /// The front end sees only part of what builds the request (C# that creates it elsewhere, or hands it
    /// to other code before sending it): a parameter the root does not hold may be set elsewhere, so the
    /// engine reports only what holds whether each such parameter is left out or set.
    /// </summary>
    public bool IsPartial { get; }

    public SourceSpan Span => Root.Span;

    public ApiDescription Description => Apis.Api.Describe(Api);
}
