using VpnLint.Rules.Model;

namespace VpnLint.Rules.Engine;

/// <summary>A structural rule judged on each member present in a scope (VPN004 to VPN006), duplicates included.</summary>
internal abstract class MemberCheck : StructuralCheck
{
    /// <summary>
    /// Every member called <paramref name="name"/>, duplicates included (a validator sees only the last of
    /// them), so that judging one member gives what the walk of the whole scope gives for it.
    /// </summary>
    public sealed override void CheckMember(RequestCheckContext context, ParameterScope scope, string name)
    {
        var positions = scope.Value.PositionsOf(name);
        for (var index = 0; index < positions.Count; index++)
        {
            Check(context, scope, scope.Value.Members[positions[index]]);
        }
    }

    protected sealed override void CheckScope(RequestCheckContext context, ParameterScope scope)
    {
        var members = scope.Value.Members;
        for (var index = 0; index < members.Count; index++)
        {
            var member = members[index];
            Check(context, scope, member);
        }
    }

    /// <summary>
    /// A validation reads one value per name (a JSON document keeps the last of two equal keys), so it never
    /// sees the other values of a name given twice: every repeated name is judged here, whatever it said.
    /// </summary>
    protected sealed override void CheckWhatValidationMisses(RequestCheckContext context, List<(ParameterScope Scope, string Name)> judged)
    {
        var scopes = context.Request.Scopes;
        for (var scopeIndex = 0; scopeIndex < scopes.Count; scopeIndex++)
        {
            var scope = scopes[scopeIndex];
            if (scope.IsInsideJsonString)
            {
                continue;
            }

            var members = scope.Value.Members;
            for (var index = 0; index < members.Count; index++)
            {
                var name = members[index].Name;
                if (scope.Value.FirstOfName(index) is not null && !IsJudged(judged, scope, name))
                {
                    judged.Add((scope, name));
                    CheckMember(context, scope, name);
                }
            }
        }
    }

    protected abstract void Check(RequestCheckContext context, ParameterScope scope, RequestMember member);
}
