using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using VpnLint.Analyzers.Sdk;

namespace VpnLint.Analyzers.Requests;

/// <summary>
/// What the analyzer driver hands over, while it walks one method, of the method's SDK requests: their
/// object creations and the references to their parameters, apart for the method and for each local
/// function or lambda in it (see <see cref="FunctionScope"/>). It exists only for a method that touches
/// an SDK request; the method's code is walked again only when a request is held in a variable, to
/// follow that variable's uses, and then once for all its functions.
/// </summary>
internal sealed class RequestCollector
{
    private readonly SdkSymbols sdk;
    private readonly List<MethodRequests> functions = new(1);

    public RequestCollector(SdkSymbols sdk) => this.sdk = sdk;

    public void AddCreation(IObjectCreationOperation creation, SdkRequestType type, IOperation? function) =>
        For(function).AddCreation(creation, type);

    public void AddWrite(IPropertyReferenceOperation property, SdkRequestType type, IOperation? function) =>
        For(function).AddWrite(property, type);

    /// <summary>True when the method's code must be walked (see <see cref="Follow"/>) before <see cref="Collect"/>.</summary>
    public bool FollowsVariables
    {
        get
        {
            foreach (var requests in functions)
            {
                if (requests.HoldsRequestsInVariables)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// Every use of the variables that hold requests, in one walk of the method's operation blocks in
    /// source order (the order in which aliases of a request are met matters), for all its functions.
    /// </summary>
    public void Follow(ImmutableArray<IOperation> blocks)
    {
        var pending = new Stack<(IOperation.OperationList.Enumerator Children, IOperation? Scope)>();
        foreach (var block in blocks)
        {
            Visit(block, null);
            pending.Push((block.ChildOperations.GetEnumerator(), FunctionScope.Within(block, null)));
            while (pending.Count > 0)
            {
                var (children, scope) = pending.Pop();
                if (!children.MoveNext())
                {
                    continue;
                }

                var child = children.Current;
                pending.Push((children, scope));
                Visit(child, scope);
                pending.Push((child.ChildOperations.GetEnumerator(), FunctionScope.Within(child, scope)));
            }
        }
    }

    /// <summary>The requests of the method and of each of its local functions and lambdas.</summary>
    public IEnumerable<List<RequestDraft>> Collect()
    {
        foreach (var requests in functions)
        {
            yield return requests.Drafts();
        }
    }

    private void Visit(IOperation operation, IOperation? scope)
    {
        if (MethodRequests.HolderOf(operation) is not { } symbol)
        {
            return;
        }

        foreach (var requests in functions)
        {
            requests.Follow(operation, symbol, scope);
        }
    }

    private MethodRequests For(IOperation? function)
    {
        foreach (var requests in functions)
        {
            if (requests.Function == function)
            {
                return requests;
            }
        }

        var added = new MethodRequests(sdk, function);
        functions.Add(added);
        return added;
    }
}
