using System.Diagnostics;
using System.Text.Json.Nodes;

namespace VpnLint.Bench;

/// <summary>
/// ajv-cli, the peer row: the corpus validated against the project's JSON Schemas alone (no rule beyond
/// what a schema says, no located findings), installed from npm at a pinned version into artifacts/tools.
/// Every file is checked against one schema that picks the request's schema as vpnlint does: a bundle by
/// <c>requests</c>, an Alibaba request by its <c>Action</c>, a Huawei request by <c>vpn_server</c>.
/// </summary>
internal static class AjvCli
{
    public const string Version = "5.0.0";

    private const string FormatsVersion = "3.0.1";

    private static readonly string[] Actions = ["CreateVpnGateway", "CreateSslVpnServer", "ModifySslVpnServer", "CreateIpsecServer"];

    /// <summary>The program and arguments that validate <paramref name="corpus"/>, or why the row is skipped.</summary>
    public static (string? Program, string[] Arguments, string? Skipped) Prepare(string root, string work, string corpus)
    {
        var tools = Path.Combine(root, "artifacts", "tools", "ajv");
        var ajv = Path.Combine(tools, "node_modules", ".bin", "ajv");
        if (!File.Exists(ajv) && !Install(tools))
        {
            return (null, [], $"ajv-cli row skipped: npm is not on PATH or could not install ajv-cli@{Version}");
        }

        var dispatch = Path.Combine(work, "any-request.schema.json");
        File.WriteAllText(dispatch, DispatchSchema().ToJsonString());
        string[] arguments =
        [
            "validate", "-s", dispatch, "-r", Path.Combine(root, "schema", "*.schema.json"), "-c", "ajv-formats", "--strict=false", "--errors=line",
            "-d", Path.Combine(corpus, "*", "*.json"), "-d", Path.Combine(corpus, "*", "*.yaml"),
        ];
        return (ajv, arguments, null);
    }

    private static bool Install(string tools)
    {
        try
        {
            var start = new ProcessStartInfo("npm", ["install", "--prefix", tools, "--no-save", "--no-audit", "--no-fund", $"ajv-cli@{Version}", $"ajv-formats@{FormatsVersion}"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    /// <summary>Under the schemas' own base, so that their relative references resolve among the loaded ones.</summary>
    private static JsonObject DispatchSchema()
    {
        JsonNode chain = new JsonObject { ["$ref"] = "HuaweiCreateVpnServer.schema.json" };
        foreach (var action in Actions.Reverse())
        {
            chain = new JsonObject
            {
                ["if"] = new JsonObject { ["required"] = new JsonArray("Action"), ["properties"] = new JsonObject { ["Action"] = new JsonObject { ["const"] = action } } },
                ["then"] = new JsonObject { ["$ref"] = $"{action}.schema.json" },
                ["else"] = chain,
            };
        }

        return new JsonObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["$id"] = "https://raw.githubusercontent.com/vpnlint/vpnlint/main/schema/any-request.schema.json",
            ["if"] = new JsonObject { ["required"] = new JsonArray("requests") },
            ["then"] = new JsonObject { ["$ref"] = "bundle.schema.json" },
            ["else"] = chain,
        };
    }
}
