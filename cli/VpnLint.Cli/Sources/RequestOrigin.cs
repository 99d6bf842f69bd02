namespace VpnLint.Cli.Sources;

/// <summary>
/// What the checker needs to know of a request a source built from something other than an API request.
/// </summary>
/// <param name="Vocabulary">How the request's findings are named.</param>
/// <param name="ContextOnly">
/// The request is not sent (a resource the plan leaves as it is, or updates through an API VpnLint does not
/// check), but is in the bundle so that the others see it, as a server sees its gateway: its own findings
/// are not reported.
/// </param>
internal sealed record RequestOrigin(IParameterVocabulary Vocabulary, bool ContextOnly = false);
