using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace VpnLint.Rules.Tests.Support;

/// <summary>Changes one member of a valid request, so that a test says exactly what it breaks.</summary>
internal static class JsonEdit
{
    // Quotes inside strings stay \", as people write them, not \u0022.
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Sets the member at a dotted path (vpn_server.ssl_options.port) to a JSON value.</summary>
    public static string Set(string json, string path, string jsonValue)
    {
        var root = JsonNode.Parse(json)!;
        var (parent, name) = Navigate(root, path);
        parent[name] = JsonNode.Parse(jsonValue);
        return root.ToJsonString(Readable);
    }

    /// <summary>Sets several members; each pair is a path and a JSON value.</summary>
    public static string Set(string json, params (string Path, string JsonValue)[] members) =>
        members.Aggregate(json, (current, member) => Set(current, member.Path, member.JsonValue));

    public static string Remove(string json, string path)
    {
        var root = JsonNode.Parse(json)!;
        var (parent, name) = Navigate(root, path);
        parent.Remove(name);
        return root.ToJsonString(Readable);
    }

    /// <summary>A JSON string literal of the text.</summary>
    public static string Quoted(string text) => JsonValue.Create(text).ToJsonString(Readable);

    private static (JsonObject Parent, string Name) Navigate(JsonNode root, string path)
    {
        var parts = path.Split('.');
        var node = root;
        foreach (var part in parts[..^1])
        {
            node = node[part] ?? throw new ArgumentException($"No {part} in {path}.");
        }

        return (node.AsObject(), parts[^1]);
    }
}
