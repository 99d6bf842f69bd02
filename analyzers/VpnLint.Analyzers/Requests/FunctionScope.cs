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
    public static IOperation? Of(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is ILocalFunctionOperation or IAnonymousFunctionOperation)
            {
                return current;
            }
        }

        return null;
    }
}
