using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using VpnLint.Analyzers.Sdk;

namespace VpnLint.Analyzers.Requests;

/// <summary>
/// Keeps what the analyzer driver hands over while it walks one method: the object creations of SDK
/// requests and the references to their parameters, apart for the method and for each local function
/// or lambda in it (see <see cref="FunctionScope"/>). Most methods touch no SDK request; for them
/// nothing is allocated beyond the collector itself.
/// </summary>
internal sealed class RequestCollector
{
    private readonly SdkSymbols sdk;
    private List<Kept>? functions;

    public RequestCollector(SdkSymbols sdk) => this.sdk = sdk;

    /// <summary>Keeps an object creation or a property reference when it creates an SDK request or names one of its parameters.</summary>
    public void Add(IOperation operation)
    {
        switch (operation)
        {
            case IObjectCreationOperation creation when sdk.RequestType(creation.Type) is not null:
                KeptFor(FunctionScope.Of(operation)).Creations.Add(creation);
                break;
            case IPropertyReferenceOperation { Instance: { } instance } property
                when !MethodRequests.IsImplicitReceiver(instance) && sdk.RequestType(instance.Type) is { } type && type.HasParameter(property.Property.Name):
                KeptFor(FunctionScope.Of(operation)).Properties.Add((property, type));
                break;
        }
    }

    /// <summary>The requests of the method and of each of its local functions and lambdas, from what <see cref="Add"/> kept.</summary>
    public IEnumerable<List<RequestDraft>> Collect(ImmutableArray<IOperation> blocks)
    {
        if (functions is null)
        {
            yield break;
        }

        foreach (var kept in functions)
        {
            yield return new MethodRequests(sdk, kept.Function).Collect(kept.Creations, kept.Properties, blocks);
        }
    }

    private Kept KeptFor(IOperation? function)
    {
        functions ??= [];
        foreach (var kept in functions)
        {
            if (kept.Function == function)
            {
                return kept;
            }
        }

        var added = new Kept(function);
        functions.Add(added);
        return added;
    }

    private sealed class Kept(IOperation? function)
    {
        public IOperation? Function { get; } = function;

        public List<IObjectCreationOperation> Creations { get; } = [];

        public List<(IPropertyReferenceOperation Property, SdkRequestType Type)> Properties { get; } = [];
    }
}
