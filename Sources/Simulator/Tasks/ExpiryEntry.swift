/// A stopped task's owner, queued in stop order so old stopped tasks can be dropped without scanning.
struct ExpiryEntry {
    var stoppedAt: Duration
    var cluster: Int
    var service: Int
}
