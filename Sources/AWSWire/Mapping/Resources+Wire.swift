import ECSModel

// MARK: Shape → ECSModel, as an endpoint describes it

extension Resources {
    /// The `CPU` and `MEMORY` entries of a resource list, whichever of its value members carries them.
    public init(described resources: [ECSShapes.Resource]) {
        func value(_ name: String) -> Int {
            guard let resource = resources.first(where: { $0.name == name }) else { return 0 }
            return resource.integerValue ?? resource.longValue.map { Int($0) } ?? resource.doubleValue.map { Int($0) } ?? 0
        }
        self.init(cpu: value("CPU"), memory: value("MEMORY"))
    }
}
