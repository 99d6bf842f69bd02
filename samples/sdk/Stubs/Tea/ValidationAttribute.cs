// Shape stub, not the SDK: the public shape of Tea 1.1.3, which this build cannot download.
// No behaviour; every method throws.
#nullable disable

using System;

namespace Tea;

public class ValidationAttribute : Attribute
{
    public string Pattern { get; set; }

    public int MaxLength { get; set; }

    public bool Required { get; set; }

    public int MinLength { get; set; }

    public double Maximun { get; set; }

    public double Minimum { get; set; }
}
