extension Cluster {
    /// DeleteCluster leaves a cluster INACTIVE: still described, but listed and usable no more.
    public var isActive: Bool { status == "ACTIVE" }
}
