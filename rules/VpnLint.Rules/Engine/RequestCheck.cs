namespace VpnLint.Rules.Engine;

/// <summary>
/// One rule, judged on one request at a time. The engine runs it only on requests of the pages the
/// rule's catalogue entry names.
/// </summary>
internal abstract class RequestCheck
{
    public abstract string RuleId { get; }

    public abstract void Check(RequestCheckContext context);
}
