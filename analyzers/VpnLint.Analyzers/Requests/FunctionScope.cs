using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace VpnLint.Analyzers.Requests;

/// <summary>
/// The function whose code an operation is: the innermost local function or lambda around it, or null
/// for the method itself. A local function or lambda may run any number of times, or never, and with
/// other arguments: the requests it builds are its own, never merged with those of the code around it.
/// </summary>
internal static class FunctionScope
{
    /// <summary>The function of <paramref name="operation"/>, and in <paramref name="root"/> the operation block it is part of.</summary>
    public static IOperation? Of(IOperation operation, out IOperation root)
    {
        IOperation? function = null;
        root = operation;
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (function is null && IsFunction(current))
            {
                function = current;
            }

            root = current;
        }

        return function;
    }

    /// <summary>The operation a block hangs from: a method's body block is a child of its method body operation.</summary>
    public static IOperation RootOf(IOperation operation)
    {
        var root = operation;
        while (root.Parent is { } parent)
        {
            root = parent;
        }

        return root;
    }

    /// <summary>The function the children of <paramref name="operation"/> belong to, when <paramref name="scope"/> is its own.</summary>
    public static IOperation? Within(IOperation operation, IOperation? scope) => IsFunction(operation) ? operation : scope;

    private static bool IsFunction(IOperation operation) => operation is ILocalFunctionOperation or IAnonymousFunctionOperation;
}
