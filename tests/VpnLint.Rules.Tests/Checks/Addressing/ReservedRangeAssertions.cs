namespace VpnLint.Rules.Tests.Checks.Addressing;

/// <summary>The shape every reserved-range test shares: rejected at both ends and when only overlapped, not just outside.</summary>
internal static class ReservedRangeAssertions
{
    public static void RejectedAtItsEndsAndWhenOverlapped(
        Func<string, IReadOnlyList<Finding>> check, string range, string first, string last, string? below, string? above, string? overlapping)
    {
        // No block wider than 240.0.0.0/4 misses multicast, so that range has no overlapping case.
        foreach (var block in new[] { first + "/32", last + "/32", overlapping }.OfType<string>())
        {
            Assert.Contains($"overlaps {range}", check(block).Single().Message, block);
        }

        foreach (var outside in new[] { below, above }.OfType<string>())
        {
            Assert.IsEmpty(check(outside + "/32"), outside);
        }
    }
}
