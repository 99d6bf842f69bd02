namespace VpnLint.Rules.Engine;

/// <summary>
/// A rule about the shape of a request (VPN003 to VPN006), judged per member of each parameter scope:
/// by walking the scopes, or, when the front end's structural validation decides the rule's kind of
/// violation, on each member the validation names. Both ways give the same finding for a member.
/// </summary>
internal abstract class StructuralCheck : RequestCheck
{
    public abstract StructuralViolationKind Kind { get; }

    public sealed override void Check(RequestCheckContext context)
    {
        var validation = context.Bundle.Options.StructuralValidation;
        var decided = validation is not null && validation.Decides(Kind);
        var scopes = context.Request.Scopes;
        for (var index = 0; index < scopes.Count; index++)
        {
            var scope = scopes[index];
            if (!decided || scope.IsInsideJsonString)
            {
                CheckScope(context, scope);
            }
        }

        if (decided)
        {
            CheckValidated(context, context.Request.ViolationsFound(validation!));
        }
    }

    /// <summary>Judges the member (or the absent member) called <paramref name="name"/> of the scope.</summary>
    public abstract void CheckMember(RequestCheckContext context, ParameterScope scope, string name);

    protected abstract void CheckScope(RequestCheckContext context, ParameterScope scope);

    /// <summary>
    /// What a validation cannot see, once it has named what it found in <paramref name="judged"/>
    /// (the scopes and names already judged, which are not judged again).
    /// </summary>
    protected virtual void CheckWhatValidationMisses(RequestCheckContext context, List<(ParameterScope Scope, string Name)> judged)
    {
    }

    protected static bool IsJudged(List<(ParameterScope Scope, string Name)> judged, ParameterScope scope, string name)
    {
        foreach (var (judgedScope, judgedName) in judged)
        {
            if (judgedScope == scope && string.Equals(judgedName, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private void CheckValidated(RequestCheckContext context, IReadOnlyList<StructuralViolation> violations)
    {
        var judged = new List<(ParameterScope Scope, string Name)>();
        for (var index = 0; index < violations.Count; index++)
        {
            var violation = violations[index];
            if (violation.Kind == Kind && context.Request.ScopeAt(violation.ObjectPath) is { IsInsideJsonString: false } scope &&
                !IsJudged(judged, scope, violation.MemberName))
            {
                judged.Add((scope, violation.MemberName));
                CheckMember(context, scope, violation.MemberName);
            }
        }

        CheckWhatValidationMisses(context, judged);
    }
}
