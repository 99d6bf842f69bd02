// Shape stub, not the SDK: the public shape of Tea 1.1.3, which this build cannot download.
// No behaviour; every method throws.
#nullable disable

using System;
using System.Collections;
using System.Collections.Generic;

namespace Tea;

public class TeaModel
{
    public static T ToObject<T>(IDictionary dict)
        where T : class, new() => throw new NotSupportedException();

    public static T ToObject<T>(Dictionary<string, object> dict, T obj)
        where T : class => throw new NotSupportedException();
}
