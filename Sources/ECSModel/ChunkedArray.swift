/// An array kept in fixed-size chunks. Copies share chunks, so changing one element of a copy that a
/// snapshot still holds copies one chunk of `chunkSize` elements instead of the whole array: the
/// simulator can change a few tasks of a 5,000-task service every second without copying 5,000 tasks
/// each time the dashboard takes a snapshot.
///
/// Its accessors are `@inlinable` so that the simulator and the dashboard, in other modules, get code
/// specialized for `Task` rather than generic calls through witness tables on every element.
public struct ChunkedArray<Element>: RandomAccessCollection, MutableCollection, ExpressibleByArrayLiteral {
    public static var chunkSize: Int { 16 }
    @usableFromInline static var shift: Int { 4 }
    @usableFromInline static var mask: Int { 15 }

    @usableFromInline var chunks: [[Element]] = []
    /// The number of elements; kept beside the chunks so it costs nothing to read.
    @usableFromInline var storedCount = 0
    @inlinable public var count: Int { storedCount }

    @inlinable public init() {}

    @inlinable public init(_ elements: some Sequence<Element>) {
        for element in elements { append(element) }
    }

    public init(arrayLiteral elements: Element...) {
        self.init(elements)
    }

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { count }
    @inlinable public func index(after i: Int) -> Int { i + 1 }
    @inlinable public func index(before i: Int) -> Int { i - 1 }

    @inlinable public subscript(position: Int) -> Element {
        // A read accessor, not a getter: `tasks[i].id` borrows the element instead of copying it whole.
        _read {
            precondition(position >= 0 && position < count, "ChunkedArray index out of range")
            yield chunks[position >> Self.shift][position & Self.mask]
        }
        _modify {
            precondition(position >= 0 && position < count, "ChunkedArray index out of range")
            yield &chunks[position >> Self.shift][position & Self.mask]
        }
    }

    /// The elements that match, tested in place: a scan of 50,000 tasks copies only the matches.
    @inlinable public func filtered(_ isIncluded: (borrowing Element) -> Bool) -> ChunkedArray {
        var result = ChunkedArray()
        for chunk in chunks {
            chunk.withUnsafeBufferPointer { elements in
                for i in elements.indices where isIncluded(elements[i]) { result.append(elements[i]) }
            }
        }
        return result
    }

    /// Adds every element of `other` at the end.
    @inlinable public mutating func append(contentsOf other: ChunkedArray) {
        for chunk in other.chunks { for element in chunk { append(element) } }
    }

    @inlinable public mutating func append(_ element: Element) {
        if count & Self.mask == 0 {
            var chunk: [Element] = []
            chunk.reserveCapacity(Self.chunkSize)
            chunk.append(element)
            chunks.append(chunk)
        } else {
            chunks[chunks.count - 1].append(element)
        }
        storedCount += 1
    }

    /// Removes the last `k` elements.
    @inlinable public mutating func removeLast(_ k: Int) {
        precondition(k >= 0 && k <= count, "can't remove more elements than the array has")
        storedCount -= k
        let chunksNeeded = (count + Self.mask) >> Self.shift
        chunks.removeLast(chunks.count - chunksNeeded)
        let inLast = count & Self.mask
        if inLast != 0 { chunks[chunks.count - 1].removeLast(chunks[chunks.count - 1].count - inLast) }
    }
}

extension ChunkedArray: Sendable where Element: Sendable {}

extension ChunkedArray: Equatable where Element: Equatable {
    public static func == (lhs: ChunkedArray, rhs: ChunkedArray) -> Bool { lhs.elementsEqual(rhs) }
}

extension ChunkedArray: Hashable where Element: Hashable {
    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for element in self { hasher.combine(element) }
    }
}
