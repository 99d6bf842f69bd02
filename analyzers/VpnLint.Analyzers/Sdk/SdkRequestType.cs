using Microsoft.CodeAnalysis;
using VpnLint.Rules.Apis;
using VpnLint.Rules.Parameters;
using ApiPages = VpnLint.Rules.Apis.Api;

namespace VpnLint.Analyzers.Sdk;

/// <summary>One SDK request class, the API it calls, and which of the API's parameters it has as properties.</summary>
internal sealed class SdkRequestType
{
    // Read from the class's members the first time code touches the class: a compilation that references
    // the SDK but builds few of its requests never makes the compiler build the members of the others.
    private HashSet<string>? parameterNames;

    public SdkRequestType(INamedTypeSymbol symbol, ApiKind api, SdkGeneration generation)
    {
        Symbol = symbol;
        Api = api;
        Generation = generation;
    }

    public INamedTypeSymbol Symbol { get; }

    public ApiKind Api { get; }

    public SdkGeneration Generation { get; }

    public string Operation => ApiPages.Describe(Api).Name;

    /// <summary>True for the page's parameters that this class can set (V1 lacks a few; RegionId is inherited there).</summary>
    public bool HasParameter(string name) => (Volatile.Read(ref parameterNames) ?? ReadParameterNames()).Contains(name);

    /// <summary>The V2 client methods that send this request: X, XAsync, XWithOptions, XWithOptionsAsync.</summary>
    public bool IsV2SendMethod(string methodName)
    {
        var operation = Operation;
        return methodName == operation ||
            methodName == operation + SdkNames.AsyncSuffix ||
            methodName == operation + SdkNames.WithOptionsSuffix ||
            methodName == operation + SdkNames.WithOptionsSuffix + SdkNames.AsyncSuffix;
    }

    /// <summary>
    /// The page's parameters (not the envelope's Action and Version) that the class has a settable
    /// property for. Two threads may both read them; they read the same names, and the first set is kept.
    /// </summary>
    private HashSet<string> ReadParameterNames()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var parameter in ParameterCatalog.For(Api))
        {
            if (parameter.Origin != ParameterOrigin.Envelope && HasSettableProperty(parameter.Name))
            {
                names.Add(parameter.Name);
            }
        }

        return Interlocked.CompareExchange(ref parameterNames, names, null) ?? names;
    }

    private bool HasSettableProperty(string name)
    {
        for (INamedTypeSymbol? current = Symbol; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers(name))
            {
                if (member is IPropertySymbol { IsStatic: false, SetMethod: not null })
                {
                    return true;
                }
            }
        }

        return false;
    }
}
