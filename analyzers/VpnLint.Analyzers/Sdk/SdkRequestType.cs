using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using VpnLint.Rules.Apis;
using ApiPages = VpnLint.Rules.Apis.Api;

namespace VpnLint.Analyzers.Sdk;

/// <summary>One SDK request class, the API it calls, and which of the API's parameters it has as properties.</summary>
internal sealed class SdkRequestType
{
    private readonly HashSet<string> parameterNames;

    public SdkRequestType(INamedTypeSymbol symbol, ApiKind api, SdkGeneration generation, ImmutableArray<string> parameters)
    {
        Symbol = symbol;
        Api = api;
        Generation = generation;
        parameterNames = new HashSet<string>(parameters, StringComparer.Ordinal);
    }

    public INamedTypeSymbol Symbol { get; }

    public ApiKind Api { get; }

    public SdkGeneration Generation { get; }

    public string Operation => ApiPages.Describe(Api).Name;

    /// <summary>True for the page's parameters that this class can set (V1 lacks a few; RegionId is inherited there).</summary>
    public bool HasParameter(string name) => parameterNames.Contains(name);

    /// <summary>The V2 client methods that send this request: X, XAsync, XWithOptions, XWithOptionsAsync.</summary>
    public bool IsV2SendMethod(string methodName)
    {
        var operation = Operation;
        return methodName == operation ||
            methodName == operation + SdkNames.AsyncSuffix ||
            methodName == operation + SdkNames.WithOptionsSuffix ||
            methodName == operation + SdkNames.WithOptionsSuffix + SdkNames.AsyncSuffix;
    }
}
