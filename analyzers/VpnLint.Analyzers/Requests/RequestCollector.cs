using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using VpnLint.Analyzers.Sdk;

namespace VpnLint.Analyzers.Requests;

/// <summary>
/// Keeps what the analyzer driver hands over while it walks one method: the object creations of SDK
/// requests and the references to their parameters. Most methods touch no SDK request; for them
/// nothing is allocated beyond the collector itself.
/// </summary>
internal sealed class RequestCollector
{
    private readonly SdkSymbols sdk;
    private List<IObjectCreationOperation>? creations;
    private List<(IPropertyReferenceOperation Property, SdkRequestType Type)>? properties;

    public RequestCollector(SdkSymbols sdk) => this.sdk = sdk;

    /// <summary>Keeps an object creation or a property reference when it creates an SDK request or names one of its parameters.</summary>
    public void Add(IOperation operation)
    {
        switch (operation)
        {
            case IObjectCreationOperation creation when sdk.RequestType(creation.Type) is not null:
                (creations ??= []).Add(creation);
                break;
            case IPropertyReferenceOperation { Instance: { } instance } property
                when !MethodRequests.IsImplicitReceiver(instance) && sdk.RequestType(instance.Type) is { } type && type.HasParameter(property.Property.Name):
                (properties ??= []).Add((property, type));
                break;
        }
    }

    /// <summary>The method's requests, from what <see cref="Add"/> kept.</summary>
    public IReadOnlyList<RequestDraft> Collect(ImmutableArray<IOperation> blocks) =>
        creations is null && properties is null
            ? []
            : new MethodRequests(sdk).Collect(creations ?? [], properties ?? [], blocks);
}
