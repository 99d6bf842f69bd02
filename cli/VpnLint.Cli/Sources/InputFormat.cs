namespace VpnLint.Cli.Sources;

/// <summary>How a file's requests are written, as <c>--input-format</c> names it; <see cref="Auto"/> tells by the file's content.</summary>
internal enum InputFormat
{
    Auto,

    /// <summary>API requests: Alibaba parameters with <c>Action</c>, Huawei <c>vpn_server</c> bodies, bundles of them.</summary>
    Requests,

    /// <summary>A Terraform plan or state, as <c>terraform show -json</c> writes it.</summary>
    Terraform,

    /// <summary>An Alibaba Cloud ROS template, JSON or YAML.</summary>
    Ros,
}
