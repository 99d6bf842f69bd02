using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using VpnLint.Rules.Apis;
using ApiPages = VpnLint.Rules.Apis.Api;

namespace VpnLint.Analyzers.Sdk;

/// <summary>
/// The SDK types of one compilation, resolved once by metadata name: the request classes of both SDKs
/// and the clients that send them. A look-alike class in another namespace is not among them.
/// </summary>
internal sealed class SdkSymbols
{
    private readonly Dictionary<INamedTypeSymbol, SdkRequestType> requestTypes;
    private readonly INamedTypeSymbol? v2Client;
    private readonly INamedTypeSymbol? v1Client;

    private SdkSymbols(Dictionary<INamedTypeSymbol, SdkRequestType> requestTypes, INamedTypeSymbol? v2Client, INamedTypeSymbol? v1Client)
    {
        this.requestTypes = requestTypes;
        this.v2Client = v2Client;
        this.v1Client = v1Client;
    }

    /// <summary>The SDK symbols, or null when the compilation references no SDK request class (then nothing is analyzed).</summary>
    public static SdkSymbols? Resolve(Compilation compilation)
    {
        var requestTypes = new Dictionary<INamedTypeSymbol, SdkRequestType>(SymbolEqualityComparer.Default);
        foreach (var api in ApiPages.All)
        {
            if (api.Cloud != Cloud.Alibaba)
            {
                continue;
            }

            Add(compilation, requestTypes, api.Kind, SdkGeneration.V2, SdkNames.V2ModelsNamespace + "." + api.Name + SdkNames.RequestSuffix);
            Add(compilation, requestTypes, api.Kind, SdkGeneration.V1, SdkNames.V1ModelsNamespace + "." + api.Name + SdkNames.RequestSuffix);
        }

        return requestTypes.Count == 0
            ? null
            : new SdkSymbols(requestTypes, TypeNamed(compilation, SdkNames.V2Client), TypeNamed(compilation, SdkNames.V1Client));
    }

    public SdkRequestType? RequestType(ITypeSymbol? type) =>
        type is INamedTypeSymbol named && requestTypes.TryGetValue(named, out var request) ? request : null;

    /// <summary>
    /// True when the invocation sends <paramref name="request"/> to the cloud: a V2 <c>Client</c> method
    /// named for the request's operation, or V1 <c>IAcsClient.GetAcsResponse</c> (or an implementation of it).
    /// </summary>
    public bool Sends(IInvocationOperation invocation, SdkRequestType request)
    {
        var method = invocation.TargetMethod;
        var owner = method.ContainingType?.OriginalDefinition;
        if (owner is null)
        {
            return false;
        }

        return request.Generation == SdkGeneration.V2
            ? v2Client is not null && InheritsFrom(owner, v2Client) && request.IsV2SendMethod(method.Name)
            : v1Client is not null && method.Name == SdkNames.V1Send && Implements(owner, v1Client);
    }

    private static bool InheritsFrom(INamedTypeSymbol type, INamedTypeSymbol baseType)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, baseType))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Implements(INamedTypeSymbol type, INamedTypeSymbol contract) =>
        SymbolEqualityComparer.Default.Equals(type, contract) ||
        type.AllInterfaces.Contains(contract, SymbolEqualityComparer.Default);

    private static void Add(Compilation compilation, Dictionary<INamedTypeSymbol, SdkRequestType> requestTypes, ApiKind api, SdkGeneration generation, string metadataName)
    {
        if (TypeNamed(compilation, metadataName) is { } symbol)
        {
            requestTypes.Add(symbol, new SdkRequestType(symbol, api, generation));
        }
    }

    /// <summary>The one place a type is looked up by name (BannedSymbols.txt bans it everywhere else).</summary>
#pragma warning disable RS0030 // The sanctioned use.
    private static INamedTypeSymbol? TypeNamed(Compilation compilation, string metadataName) => compilation.GetTypeByMetadataName(metadataName);
#pragma warning restore RS0030
}
