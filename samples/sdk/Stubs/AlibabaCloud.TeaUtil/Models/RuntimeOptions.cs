// Shape stub, not the SDK: the public shape of AlibabaCloud.TeaUtil 0.1.20, which this build cannot download.
// No behaviour; every method throws.
#nullable disable

using Tea;

namespace AlibabaCloud.TeaUtil.Models;

public class RuntimeOptions : TeaModel
{
    public bool? Autoretry { get; set; }

    public int? MaxAttempts { get; set; }

    public int? ReadTimeout { get; set; }

    public int? ConnectTimeout { get; set; }
}
