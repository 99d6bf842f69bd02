namespace VpnLint.Rules.Parameters;

/// <summary>The numbers an integer parameter takes, where its page lists them: one list for the checks and for the front ends' own settings.</summary>
public static class AllowedNumbers
{
    /// <summary>CreateVpnGateway <c>SslConnections</c> (VPN601), which the CLI's <c>--ssl-connections</c> also takes.</summary>
    public static IReadOnlyList<long> SslConnections { get; } = [5, 10, 20, 50, 100, 200, 500, 1000];

    /// <summary>The numbers as a message says them: <c>5, 10, 20 or 50</c>.</summary>
    public static string InWords(IReadOnlyList<long> numbers) =>
        numbers.Count < 2 ? string.Join(string.Empty, numbers) : $"{string.Join(", ", numbers.Take(numbers.Count - 1))} or {numbers[numbers.Count - 1]}";
}
