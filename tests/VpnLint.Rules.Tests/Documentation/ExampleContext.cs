using System.Globalization;
using VpnLint.Rules.Addressing;
using VpnLint.Rules.Model;

namespace VpnLint.Rules.Tests.Documentation;

/// <summary>
/// The context an example is checked with: a bundle's <c>context</c> object (<c>vpcCidrs</c>,
/// <c>sslConnections</c>, <c>maxConnections</c>), or options on the info string for C# examples, which
/// stand for the analyzer options of .editorconfig (<c>vpcCidrs=10.0.0.0/16,10.1.0.0/16 sslConnections=50</c>).
/// </summary>
internal static class ExampleContext
{
    /// <summary>How findings name where a context value came from.</summary>
    public const string Source = "context";

    private static readonly string[] Keys = ["vpcCidrs", "sslConnections", "maxConnections"];

    public static CheckContext FromOptions(CodeBlock block) => Create(
        block.Option("vpcCidrs")?.Split(',') ?? [],
        Integer(block.Option("sslConnections")),
        Integer(block.Option("maxConnections")));

    /// <summary>A bundle's context; options of the info string, if any, fill what it leaves out.</summary>
    public static CheckContext FromJson(ObjectValue context, CheckContext options)
    {
        var unknown = context.Members.Select(member => member.Name).Except(Keys).ToList();
        Assert.IsEmpty(unknown, "A bundle's context holds only " + string.Join(", ", Keys) + ", not " + string.Join(", ", unknown));

        var vpcCidrs = context.Get("vpcCidrs") is ArrayValue list
            ? list.Items.Select(item => ((StringValue)item).Text).ToList()
            : options.VpcCidrs.Select(cidr => cidr.Block.ToString()).ToList();
        return Create(
            vpcCidrs,
            Integer(context.Get("sslConnections")) ?? options.SslConnections?.Value,
            Integer(context.Get("maxConnections")) ?? options.MaxConnections?.Value);
    }

    private static CheckContext Create(IReadOnlyList<string> vpcCidrs, int? sslConnections, int? maxConnections) => new(
        sslConnections: sslConnections is { } ssl ? new ConnectionLimit(ssl, Source) : null,
        maxConnections: maxConnections is { } maximum ? new ConnectionLimit(maximum, Source) : null,
        vpcCidrs: vpcCidrs.Select(text => new ContextCidr(Ipv4Cidr.Parse(text), Source)).ToList());

    private static int? Integer(string? text) => text is null ? null : int.Parse(text, CultureInfo.InvariantCulture);

    private static int? Integer(RequestValue? value) => value switch
    {
        null => null,
        NumberValue number => (int)number.Value,
        _ => throw new AssertFailedException("A context limit is a number, not " + value.Kind),
    };
}
