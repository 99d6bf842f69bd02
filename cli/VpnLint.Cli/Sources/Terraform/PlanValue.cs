using VpnLint.Rules.Model;

namespace VpnLint.Cli.Sources.Terraform;

/// <summary>
/// An attribute of a resource in a plan, with what the plan says of it besides its value: whether it is known
/// only after apply (<c>after_unknown</c>), whether it is sensitive (<c>after_sensitive</c>), and how the
/// configuration writes it (its expression), followed together into blocks and their items.
/// </summary>
internal readonly record struct PlanValue(RequestMember? Member, RequestValue? Value, RequestValue? Unknown, RequestValue? Sensitive, RequestValue? Expression, bool ConfigurationKnown)
{
    /// <summary>Whole value unknown until apply.</summary>
    public bool IsUnknown => Unknown is BooleanValue { Value: true };

    public bool IsSensitive => Sensitive is BooleanValue { Value: true };

    /// <summary>Null, or left out of the plan's values.</summary>
    public bool IsNull => Value is null or NullValue;

    /// <summary>The configuration sets the attribute (or the plan has no configuration to tell).</summary>
    public bool IsWritten => !ConfigurationKnown || Expression is not null;

    /// <summary>The configuration writes a constant, not an expression of variables or other resources.</summary>
    public bool IsConstant => Expression is ObjectValue expression && expression.Find("constant_value") is not null;

    /// <summary>What the configuration's expression refers to: <c>alicloud_vpn_gateway.office.id</c>, <c>var.gateway_id</c>.</summary>
    public IEnumerable<string> References =>
        (Expression as ObjectValue)?.Get("references") is ArrayValue references ? references.Items.OfType<StringValue>().Select(reference => reference.Text) : [];

    public PlanValue Attribute(string name)
    {
        var member = (Value as ObjectValue)?.Find(name);
        return new PlanValue(member, member?.Value, Child(Unknown, name), Child(Sensitive, name), Child(Expression, name), ConfigurationKnown);
    }

    /// <summary>Item <paramref name="index"/> of a list or set; a block's items share the block's expression when the configuration's items cannot be matched to the plan's (a set is reordered).</summary>
    public PlanValue Item(int index)
    {
        var item = Value is ArrayValue list && index < list.Items.Count ? list.Items[index] : null;
        var expression = Expression is ArrayValue blocks && blocks.Items.Count > 0 ? blocks.Items[Math.Min(index, blocks.Items.Count - 1)] : Expression;
        return new PlanValue(null, item, ItemOf(Unknown, index), ItemOf(Sensitive, index), expression, ConfigurationKnown);
    }

    private static RequestValue? Child(RequestValue? marks, string name) => marks switch
    {
        ObjectValue mapping => mapping.Get(name),
        BooleanValue { Value: true } whole => whole,
        _ => null,
    };

    private static RequestValue? ItemOf(RequestValue? marks, int index) => marks switch
    {
        ArrayValue list when index < list.Items.Count => list.Items[index],
        BooleanValue { Value: true } whole => whole,
        _ => null,
    };
}
