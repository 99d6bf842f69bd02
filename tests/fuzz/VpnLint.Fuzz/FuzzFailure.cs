namespace VpnLint.Fuzz;

/// <summary>A property the file path broke: on one input, or on a batch before it is narrowed to one.</summary>
internal sealed record FuzzFailure(FuzzInput? Input, string Property, string Detail)
{
    public override string ToString() => $"{Property} ({Input?.Origin ?? "a batch of inputs"}): {Detail}";
}
