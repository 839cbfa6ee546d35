/// A screen size given as `COLUMNSxROWS`, e.g. `120x36`.
struct ScreenSize: Hashable {
    /// Anything smaller cannot show even the dashboard's "terminal too small" screen.
    static let minimum = ScreenSize(width: 20, height: 5)

    var width: Int
    var height: Int

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    init(parsing text: String) throws(ArgumentValueError) {
        let parts = text.lowercased().split(separator: "x", omittingEmptySubsequences: false)
        guard parts.count == 2, let width = Int(parts[0]), let height = Int(parts[1]) else {
            throw ArgumentValueError("expected COLUMNSxROWS, such as 120x36")
        }
        guard width >= Self.minimum.width, height >= Self.minimum.height else {
            throw ArgumentValueError("the smallest size is \(Self.minimum.width)x\(Self.minimum.height)")
        }
        guard width <= 1000, height <= 1000 else { throw ArgumentValueError("the largest size is 1000x1000") }
        self.init(width: width, height: height)
    }
}
