using VpnLint.Rules.Model;

namespace VpnLint.Rules.Json;

/// <summary>The object a JSON string holds, or why it holds none.</summary>
internal sealed class EmbeddedJsonResult
{
    private EmbeddedJsonResult(ObjectValue? value, string? error)
    {
        Value = value;
        Error = error;
    }

    public ObjectValue? Value { get; }

    /// <summary>What is wrong and where, as a message's second half: "expected ':' at character 12".</summary>
    public string? Error { get; }

    public static EmbeddedJsonResult Success(ObjectValue value) => new(value, null);

    public static EmbeddedJsonResult Failure(string error) => new(null, error);
}
