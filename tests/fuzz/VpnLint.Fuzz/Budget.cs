namespace VpnLint.Fuzz;

/// <summary>
/// What one input may cost. Allocation grows with the work done and not with the machine's load, so its
/// budget is exact and safe to assert on every run: a fixed part (the schemas' first use, an alias
/// expansion up to its limit of 100,000 values) and a part per byte of input.
/// </summary>
internal static class Budget
{
    public const long FixedBytes = 64L * 1024 * 1024;

    public const long BytesPerInputByte = 400;

    public static FuzzFailure? Exceeded(InputCost cost)
    {
        var budget = FixedBytes + (BytesPerInputByte * cost.Input.Bytes.Length);
        return cost.AllocatedBytes > budget
            ? new FuzzFailure(cost.Input, "an input's cost is bounded", $"{cost.AllocatedBytes:N0} bytes allocated for {cost.Input.Bytes.Length:N0} bytes of input (budget {budget:N0})")
            : null;
    }
}
