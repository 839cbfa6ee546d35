/// A task definition volume that containers can mount; `hostSourcePath` binds a host folder (EC2 only).
public struct Volume: Hashable, Sendable {
    public var name: String
    public var hostSourcePath: String?

    public init(name: String, hostSourcePath: String? = nil) {
        self.name = name
        self.hostSourcePath = hostSourcePath
    }
}
