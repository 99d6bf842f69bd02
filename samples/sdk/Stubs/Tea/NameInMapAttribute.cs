// Shape stub, not the SDK: the public shape of Tea 1.1.3, which this build cannot download.
// No behaviour; every method throws.
#nullable disable

using System;

namespace Tea;

public class NameInMapAttribute : Attribute
{
    public NameInMapAttribute(string name) => Name = name;

    public string Name { get; set; }
}
