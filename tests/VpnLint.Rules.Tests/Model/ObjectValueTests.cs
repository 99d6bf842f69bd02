using VpnLint.Rules.Model;

namespace VpnLint.Rules.Tests.Model;

[TestClass]
public sealed class ObjectValueTests
{
    // Small objects are scanned, large ones indexed: both sides of the switch must answer alike.
    [TestMethod]
    [DataRow(4)]
    [DataRow(16)]
    [DataRow(17)]
    [DataRow(200)]
    public void FirstOfName_NamesTheFirstMemberOfARepeatedName_AndNothingForAFirst(int count)
    {
        var names = Enumerable.Range(0, count).Select(index => "k" + (index % 3 == 2 ? index - 1 : index)).ToList();
        var mapping = Mapping(names);

        for (var index = 0; index < count; index++)
        {
            var first = names.IndexOf(names[index]);
            var expected = first < index ? mapping.Members[first] : null;
            Assert.AreSame(expected, mapping.FirstOfName(index), $"member {index} ({names[index]}) of {count}");
        }
    }

    [TestMethod]
    public void FirstOfName_IsCaseSensitive()
    {
        var mapping = Mapping(Enumerable.Range(0, 20).Select(index => index == 19 ? "K0" : "k" + index).ToList());

        Assert.IsNull(mapping.FirstOfName(19));
    }

    private static ObjectValue Mapping(IReadOnlyList<string> names)
    {
        var span = new SourceSpan(0, 0, 1, 1, 1, 1);
        return new ObjectValue(names.Select(name => new RequestMember(name, span, new BooleanValue(true, span))).ToList(), span);
    }
}
