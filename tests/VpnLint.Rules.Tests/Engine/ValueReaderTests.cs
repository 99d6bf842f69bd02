using VpnLint.Rules.Engine;
using VpnLint.Rules.Model;

namespace VpnLint.Rules.Tests.Engine;

[TestClass]
public sealed class ValueReaderTests
{
    private static readonly SourceSpan Span = default;

    [TestMethod]
    public void Integers_AreReadFromNumbersAndNumericText()
    {
        Assert.IsTrue(ValueReader.TryReadInteger(new NumberValue(1194, "1194", Span), out var number) && number == 1194);
        Assert.IsTrue(ValueReader.TryReadInteger(new StringValue("-1", Span), out var text) && text == -1);
        Assert.IsFalse(ValueReader.TryReadInteger(new NumberValue(1.5, "1.5", Span), out _));
        Assert.IsFalse(ValueReader.TryReadInteger(new StringValue("1e3", Span), out _));
        Assert.IsFalse(ValueReader.TryReadInteger(new StringValue("99999999999999999999", Span), out _));
        Assert.IsFalse(ValueReader.TryReadInteger(new UnknownValue(Span), out _));
    }

    [TestMethod]
    public void Booleans_AreReadFromBooleansAndTheirTextInAnyCase()
    {
        Assert.IsTrue(ValueReader.IsTrue(new BooleanValue(true, Span)));
        Assert.IsTrue(ValueReader.IsTrue(new StringValue("True", Span)), "The V1 SDK sends True.");
        Assert.IsTrue(ValueReader.TryReadBoolean(new StringValue("FALSE", Span), out var flag) && !flag);
        Assert.IsFalse(ValueReader.TryReadBoolean(new StringValue("yes", Span), out _));
        Assert.IsFalse(ValueReader.IsTrue(new UnknownValue(Span)));
        Assert.AreEqual("not set (false by default)", ValueReader.DescribeFlag(null));
    }

    [TestMethod]
    public void HasContent_CountsValuesOnlyKnownAtRunTime()
    {
        Assert.IsTrue(ValueReader.HasContent(new UnknownValue(Span)));
        Assert.IsTrue(ValueReader.HasContent(new StringValue("x", Span)));
        Assert.IsFalse(ValueReader.HasContent(new StringValue(" ", Span)));
        Assert.IsFalse(ValueReader.HasContent(new NullValue(Span)));
        Assert.IsFalse(ValueReader.HasContent(null));
    }
}
