namespace VpnLint.Cli.Sources.Terraform;

/// <summary>What a plan does with a resource instance, as far as the requests sent are concerned.</summary>
internal enum PlanAction
{
    /// <summary>Created, or replaced (deleted and created): the create API is called.</summary>
    Create,

    /// <summary>Updated in place: the update API is called.</summary>
    Update,

    /// <summary>Left as it is, or a state's resource: it exists, and other requests may depend on it.</summary>
    Existing,

    /// <summary>Deleted, read (a data source) or anything else: no request is sent and nothing depends on it.</summary>
    None,
}
