/// A compact copy of what placement reads about one container instance. Scanning 12-byte slots instead
/// of whole `ContainerInstance` values keeps a placement over thousands of instances in cache.
struct PlacementSlot {
    var remainingCPU: Int32
    var remainingMemory: Int32
    /// ACTIVE and agent connected.
    var placeable: Bool
    /// Index into the cluster's availability zones.
    var zone: UInt8
    /// Network interfaces still free for awsvpc tasks (`eniLimit - enisInUse`).
    var freeENIs: Int16 = 0
}
