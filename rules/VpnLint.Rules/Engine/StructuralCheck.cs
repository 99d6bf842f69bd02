namespace VpnLint.Rules.Engine;

/// <summary>
/// A rule about the shape of a request (VPN003 to VPN006), judged per member of each parameter scope,
/// either by walking the scopes or, through <see cref="StructuralJudge"/>, for one member a JSON Schema
/// validator pointed at. Both ways give the same finding.
/// </summary>
internal abstract class StructuralCheck : RequestCheck
{
    public abstract StructuralViolationKind Kind { get; }

    public sealed override void Check(RequestCheckContext context)
    {
        var schemaValidated = context.Bundle.Options.StructureValidatedBySchema;
        var scopes = context.Request.Scopes;
        for (var index = 0; index < scopes.Count; index++)
        {
            var scope = scopes[index];
            if (!schemaValidated || scope.IsInsideJsonString)
            {
                CheckScope(context, scope);
            }
        }
    }

    /// <summary>Judges the member (or the absent member) called <paramref name="name"/> of the scope.</summary>
    public abstract void CheckMember(RequestCheckContext context, ParameterScope scope, string name);

    protected abstract void CheckScope(RequestCheckContext context, ParameterScope scope);
}
