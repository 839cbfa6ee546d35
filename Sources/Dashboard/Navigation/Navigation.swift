/// The stack of open views over the panes, with k9s's `[` and `]` history: going back remembers
/// where you were, so `]` can return there until a new view is opened.
public struct Navigation: Hashable, Sendable {
    /// Open views, the top one on screen; empty shows the panes.
    public private(set) var stack: [ViewEntry] = []
    /// Views left by going back, most recent last.
    public private(set) var forward: [ViewEntry] = []

    public init() {}

    public var top: ViewEntry? {
        get { stack.last }
        set {
            guard let newValue, !stack.isEmpty else { return }
            stack[stack.count - 1] = newValue
        }
    }

    /// Opens a view on top; reopening the view already on top keeps it as it is.
    public mutating func open(_ route: Route) {
        if stack.last?.route == route { return }
        stack.append(ViewEntry(route: route))
        forward.removeAll()
    }

    /// Closes the top view. False when none was open.
    @discardableResult
    public mutating func back() -> Bool {
        guard let entry = stack.popLast() else { return false }
        forward.append(entry)
        return true
    }

    /// Reopens the view last left by going back. False when there is none.
    @discardableResult
    public mutating func goForward() -> Bool {
        guard let entry = forward.popLast() else { return false }
        stack.append(entry)
        return true
    }

    /// Closes every view, keeping none for `]` (the subject changed under them).
    public mutating func closeAll() {
        stack.removeAll()
        forward.removeAll()
    }

    /// `prod › service web › describe`: where the user is.
    public var breadcrumbs: [String] { breadcrumbs(naming: \.label) }

    /// The breadcrumbs with subjects named by `name` (the screen names instances by their EC2 id). A
    /// cluster is named when it changes, a subject when it differs from the one before.
    public func breadcrumbs(naming name: (Subject) -> String) -> [String] {
        var crumbs: [String] = []
        var cluster: String?
        var subject: Subject?
        for entry in stack {
            let next = entry.route.subject
            if next.cluster != cluster {
                crumbs.append(next.cluster)
                cluster = next.cluster
            }
            if case .cluster = next {} else if next != subject { crumbs.append(name(next)) }
            subject = next
            crumbs.append(entry.route.name)
        }
        return crumbs
    }
}
