/// A fixed-size history of samples: appending overwrites the oldest, without shifting.
struct MetricsRing {
    /// Ten minutes at one sample per five seconds.
    static let defaultCapacity = 120

    private var storage: [Double] = []
    private var next = 0
    let capacity: Int

    init(capacity: Int) { self.capacity = capacity }

    mutating func append(_ value: Double) {
        if storage.count < capacity {
            storage.append(value)
        } else {
            storage[next] = value
        }
        next = (next + 1) % capacity
    }

    /// Oldest first.
    var values: [Double] {
        storage.count < capacity ? storage : Array(storage[next...] + storage[..<next])
    }
}
