namespace VpnLint.Analyzers.Analysis;

/// <summary>
/// Counts the work the analyzer does beyond the driver's own walk, for the tests that pin what costs
/// nothing: a method gets state only when it touches an SDK request, and its code is walked again only
/// when a request is held in a variable. The analyzers the compiler loads have none.
/// </summary>
internal sealed class AnalysisProbe
{
    private int methodsWithState;
    private int methodsWalked;
    private int methodsChecked;

    public int MethodsWithState => Volatile.Read(ref methodsWithState);

    public int MethodsWalked => Volatile.Read(ref methodsWalked);

    public int MethodsChecked => Volatile.Read(ref methodsChecked);

    public void StateCreated() => Interlocked.Increment(ref methodsWithState);

    public void Walked() => Interlocked.Increment(ref methodsWalked);

    public void Checked() => Interlocked.Increment(ref methodsChecked);
}
