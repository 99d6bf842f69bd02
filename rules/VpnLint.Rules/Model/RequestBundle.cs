namespace VpnLint.Rules.Model;

/// <summary>
/// Requests checked together: a gateway and the servers on it, in one VPC, with their context. A lone
/// request is a bundle of one.
/// </summary>
public sealed class RequestBundle
{
    public RequestBundle(IReadOnlyList<Request> requests, CheckContext? context = null)
    {
        Requests = requests;
        Context = context ?? new CheckContext();
    }

    public IReadOnlyList<Request> Requests { get; }

    public CheckContext Context { get; }
}
