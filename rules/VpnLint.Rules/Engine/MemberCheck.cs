using VpnLint.Rules.Model;

namespace VpnLint.Rules.Engine;

/// <summary>A structural rule judged on each member present in a scope (VPN004 to VPN006), duplicates included.</summary>
internal abstract class MemberCheck : StructuralCheck
{
    public sealed override void CheckMember(RequestCheckContext context, ParameterScope scope, string name)
    {
        if (scope.Value.Find(name) is { } member)
        {
            Check(context, scope, member);
        }
    }

    protected sealed override void CheckScope(RequestCheckContext context, ParameterScope scope)
    {
        foreach (var member in scope.Value.Members)
        {
            Check(context, scope, member);
        }
    }

    protected abstract void Check(RequestCheckContext context, ParameterScope scope, RequestMember member);
}
