using VpnLint.Cli.Sources.Ros;
using VpnLint.Rules.Parameters;

namespace VpnLint.Cli.Tests.Sources.Ros;

/// <summary>The ROS property table against the parameter catalogue.</summary>
[TestClass]
public sealed class RosResourcesTests
{
    public static IEnumerable<object[]> Types() => RosResources.All.Select(type => new object[] { type.Type });

    [TestMethod]
    [DynamicData(nameof(Types))]
    public void EveryMappedParameter_IsAParameterOfTheApi(string typeName)
    {
        var type = RosResources.Find(typeName)!;

        foreach (var parameter in type.Properties.Values.Concat(type.RosSupplied).Concat(type.NotSettable))
        {
            Assert.IsNotNull(ParameterCatalog.Find(type.Api, parameter), $"{typeName} names {parameter}, which {type.Api} does not have");
        }
    }

    [TestMethod]
    [DynamicData(nameof(Types))]
    public void EveryParameterOfTheApi_IsAProperty_SuppliedOrNotSettable(string typeName)
    {
        var type = RosResources.Find(typeName)!;
        var accounted = type.Properties.Values.Concat(type.RosSupplied).Concat(type.NotSettable).Append(ParameterNames.Action).ToHashSet(StringComparer.Ordinal);

        foreach (var parameter in ParameterCatalog.For(type.Api))
        {
            Assert.Contains(parameter.Name, accounted, $"{type.Api}'s {parameter.Name} is neither a property of {typeName}, supplied by ROS, nor listed as not settable");
        }
    }

    [TestMethod]
    public void IpsecServerName_IsTheApisIpSecServerName()
    {
        Assert.AreEqual(ParameterNames.IpSecServerName, RosResources.IpsecServer.Properties["IpsecServerName"]);
    }
}
