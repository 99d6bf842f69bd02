using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using VpnLint.Cli.Requests;
using VpnLint.Rules.Apis;
using VpnLint.Rules.Parameters;

namespace VpnLint.Cli.Schemas;

/// <summary>
/// Writes the JSON Schemas of schema/ (draft-07) from the parameter catalogue: one per API, with the
/// pages' descriptions, examples, defaults and allowed values for editors, and
/// <c>additionalProperties: false</c> so that an unknown parameter is reported; and one for bundles.
/// The committed files are this output (a test compares them), and the checker validates against them.
/// </summary>
internal static class SchemaGenerator
{
    public const string Draft = "http://json-schema.org/draft-07/schema#";
    /// <summary>
    /// Where the schemas are served as JSON: a relative <c>$ref</c> of the bundle schema resolves against its
    /// <c>$id</c>, so the base must give the schema files themselves, not GitHub's page about them.
    /// </summary>
    public const string BaseUri = "https://raw.githubusercontent.com/vpnlint/vpnlint/main/schema/";
    public const string BundleFileName = "bundle.schema.json";
    private const string RequestDefinition = "#/definitions/request";
    private const string ContextDefinition = "#/definitions/context";

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string FileName(ApiKind api) => api + ".schema.json";

    /// <summary>Every schema file, by file name.</summary>
    public static IReadOnlyDictionary<string, string> All()
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var api in Api.All)
        {
            files.Add(FileName(api.Kind), ForApi(api));
        }

        files.Add(BundleFileName, ForBundle());
        return files;
    }

    public static string ForApi(ApiDescription api) => Write(writer =>
    {
        writer.WriteString("$schema", Draft);
        writer.WriteString("$id", BaseUri + FileName(api.Kind));
        writer.WriteString("title", $"{api.DisplayName} request");
        writer.WriteString("description", $"A {api.DisplayName} request as VpnLint checks it ({api.PageTitle}). " +
            (api.Cloud == Cloud.Huawei
                ? "The body is vpn_server, as on the page; project_id, p2c_vgw_id and the X-Client-Token header may stand beside it."
                : $"The RPC parameters, with Action: {api.Name}."));
        WriteObjectBody(writer, ParameterCatalog.For(api.Kind), envelope: true);
    });

    private static void WriteObjectBody(Utf8JsonWriter writer, IReadOnlyList<ParameterDefinition> definitions, bool envelope)
    {
        writer.WriteString("type", "object");
        var required = definitions.Where(definition => definition.Required).Select(definition => definition.Name).ToList();
        if (required.Count > 0)
        {
            writer.WriteStartArray("required");
            required.ForEach(writer.WriteStringValue);
            writer.WriteEndArray();
        }

        writer.WriteStartObject("properties");
        if (envelope)
        {
            WriteEnvelopeProperties(writer);
        }

        foreach (var definition in definitions)
        {
            writer.WriteStartObject(definition.Name);
            WriteParameter(writer, definition);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteBoolean("additionalProperties", false);
    }

    private static void WriteParameter(Utf8JsonWriter writer, ParameterDefinition definition)
    {
        writer.WriteString("title", definition.Name);
        writer.WriteString("description", Describe(definition));
        if (definition.EmbeddedJson)
        {
            // A string of JSON (as the API takes it) or the object itself: properties apply only to the object.
            writer.WriteStartArray("type");
            writer.WriteStringValue("string");
            writer.WriteStringValue("object");
            writer.WriteEndArray();
            writer.WriteStartObject("properties");
            foreach (var property in definition.Properties)
            {
                writer.WriteStartObject(property.Name);
                WriteParameter(writer, property);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteBoolean("additionalProperties", false);
        }
        else if (definition.Type == ParameterType.Object)
        {
            WriteObjectBody(writer, definition.Properties, envelope: false);
        }
        else
        {
            writer.WriteString("type", TypeName(definition.Type));
        }

        if (definition.Items is { } items)
        {
            writer.WriteStartObject("items");
            WriteParameter(writer, items);
            writer.WriteEndObject();
        }

        if (definition.Required && definition.Type == ParameterType.String)
        {
            writer.WriteNumber("minLength", 1);
            writer.WriteString("pattern", "\\S");
        }

        if (definition.AllowedValues.Count > 0)
        {
            writer.WriteStartArray("enum");
            foreach (var value in definition.AllowedValues)
            {
                WriteTyped(writer, definition, value);
            }

            writer.WriteEndArray();
        }

        if (definition.DefaultValue is { } defaultValue)
        {
            writer.WritePropertyName("default");
            WriteTyped(writer, definition, defaultValue);
        }

        if (definition.Example is { } example && !definition.IsSecret && !definition.EmbeddedJson)
        {
            writer.WriteStartArray("examples");
            WriteTyped(writer, definition, example);
            writer.WriteEndArray();
        }

        if (definition.IsSecret)
        {
            writer.WriteBoolean("writeOnly", true);
        }
    }

    private static string Describe(ParameterDefinition definition) => definition.Origin switch
    {
        ParameterOrigin.NewerThanPage => definition.Description + " (Newer than the API page: known from the SDKs.)",
        _ when definition.IsSecret => definition.Description + " A secret: VpnLint never repeats it, and it is better injected at deploy time than written here.",
        _ => definition.Description,
    };

    private static void WriteEnvelopeProperties(Utf8JsonWriter writer)
    {
        writer.WriteStartObject(EnvelopeKeys.Schema);
        writer.WriteString("description", "The JSON Schema an editor validates this file against. VpnLint ignores it.");
        writer.WriteString("type", "string");
        writer.WriteEndObject();
        writer.WriteStartObject(EnvelopeKeys.Label);
        writer.WriteString("description", "VpnLint only: this request's name in a bundle; a server is on the gateway whose label it gives as its VpnGatewayId. Removed before checking.");
        writer.WriteString("type", "string");
        writer.WriteEndObject();
        writer.WriteStartObject(EnvelopeKeys.Disable);
        writer.WriteString("description", "VpnLint only: rule IDs not to report on this request (VPN108 or [VPN108, VPN301]). Removed before checking.");
        writer.WriteStartArray("type");
        writer.WriteStringValue("string");
        writer.WriteStringValue("array");
        writer.WriteEndArray();
        writer.WriteStartObject("items");
        writer.WriteString("type", "string");
        writer.WriteString("pattern", "^VPN[0-9]{3}$");
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>
    /// Every form of bundle the checker reads: an object of <c>requests:</c> and <c>context:</c>, and each
    /// document of a YAML stream, which an editor validates one at a time: a request, or only <c>context:</c>.
    /// The forms exclude each other, and so do the APIs' schemas (by <c>Action</c>, or Huawei's
    /// <c>vpn_server</c>), so <c>oneOf</c> picks the form, and the API, a document is meant as.
    /// </summary>
    private static string ForBundle() => Write(writer =>
    {
        writer.WriteString("$schema", Draft);
        writer.WriteString("$id", BaseUri + BundleFileName);
        writer.WriteString("title", "VpnLint bundle");
        writer.WriteString("description", "Requests checked together (a gateway and the servers on it, in one VPC), with what VpnLint should know of the VPC and the gateway: an object of requests and context, or a YAML stream whose documents are requests and a context document.");
        writer.WriteStartArray("oneOf");
        writer.WriteStartObject();
        WriteBundleObject(writer);
        writer.WriteEndObject();
        writer.WriteStartObject();
        writer.WriteString("description", "A document of a YAML stream that gives the bundle's context.");
        writer.WriteString("type", "object");
        WriteRequired(writer, EnvelopeKeys.BundleContext);
        writer.WriteStartObject("properties");
        writer.WriteStartObject(EnvelopeKeys.BundleContext);
        writer.WriteString("$ref", ContextDefinition);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteBoolean("additionalProperties", false);
        writer.WriteEndObject();
        writer.WriteStartObject();
        writer.WriteString("$ref", RequestDefinition);
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteStartObject("definitions");
        writer.WriteStartObject("request");
        writer.WriteString("description", "A request: Alibaba requests name their API with Action; a Huawei request is its vpn_server body.");
        writer.WriteStartArray("oneOf");
        foreach (var api in Api.All)
        {
            writer.WriteStartObject();
            writer.WriteString("$ref", FileName(api.Kind));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        WriteContextSchema(writer);
        writer.WriteEndObject();
    });

    private static void WriteBundleObject(Utf8JsonWriter writer)
    {
        writer.WriteString("description", "A bundle: its requests, and its context.");
        writer.WriteString("type", "object");
        WriteRequired(writer, EnvelopeKeys.BundleRequests);
        writer.WriteStartObject("properties");
        writer.WriteStartObject(EnvelopeKeys.Schema);
        writer.WriteString("type", "string");
        writer.WriteEndObject();
        writer.WriteStartObject(EnvelopeKeys.BundleRequests);
        writer.WriteString("description", "The requests, checked together.");
        writer.WriteString("type", "array");
        writer.WriteNumber("minItems", 1);
        writer.WriteStartObject("items");
        writer.WriteString("$ref", RequestDefinition);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteStartObject(EnvelopeKeys.BundleContext);
        writer.WriteString("$ref", ContextDefinition);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteBoolean("additionalProperties", false);
    }

    private static void WriteRequired(Utf8JsonWriter writer, string key)
    {
        writer.WriteStartArray("required");
        writer.WriteStringValue(key);
        writer.WriteEndArray();
    }

    private static void WriteContextSchema(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("context");
        writer.WriteString("description", "What the requests do not say: the VPC's CIDR blocks and route destinations (VPN107), and the gateway's connection limit when its CreateVpnGateway is not in the bundle (VPN200).");
        writer.WriteString("type", "object");
        writer.WriteStartObject("properties");
        writer.WriteStartObject(ContextReader.VpcCidrs);
        writer.WriteString("description", "The VPC's CIDR blocks and route destinations.");
        writer.WriteString("type", "array");
        writer.WriteStartObject("items");
        writer.WriteString("type", "string");
        writer.WriteEndObject();
        writer.WriteStartArray("examples");
        writer.WriteStartArray();
        writer.WriteStringValue("172.16.0.0/12");
        writer.WriteEndArray();
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteStartObject(ContextReader.SslConnections);
        writer.WriteString("description", "The Alibaba gateway's SslConnections.");
        writer.WriteString("type", "integer");
        writer.WriteStartArray("enum");
        foreach (var limit in (int[])[5, 10, 20, 50, 100, 200, 500, 1000])
        {
            writer.WriteNumberValue(limit);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteStartObject(ContextReader.MaxConnections);
        writer.WriteString("description", "The Huawei P2C gateway's maximum number of connections.");
        writer.WriteString("type", "integer");
        writer.WriteNumber("minimum", 1);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteBoolean("additionalProperties", false);
        writer.WriteEndObject();
    }

    private static void WriteTyped(Utf8JsonWriter writer, ParameterDefinition definition, string value)
    {
        if (definition.Type == ParameterType.Integer && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            writer.WriteNumberValue(number);
        }
        else if (definition.Type == ParameterType.Boolean && bool.TryParse(value, out var flag))
        {
            writer.WriteBooleanValue(flag);
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }

    private static string TypeName(ParameterType type) => type switch
    {
        ParameterType.String => "string",
        ParameterType.Integer => "integer",
        ParameterType.Boolean => "boolean",
        ParameterType.Array => "array",
        _ => "object",
    };

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
