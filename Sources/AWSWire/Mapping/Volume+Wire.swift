import ECSModel

// MARK: ECSModel → shape

extension ECSShapes.Volume {
    public init(_ volume: Volume) {
        self.init(name: volume.name, host: volume.hostSourcePath.map { ECSShapes.HostVolumeProperties(sourcePath: $0) })
    }
}

// MARK: Shape → ECSModel, as an endpoint describes it

extension Volume {
    /// Volume types the model does not have (EFS, FSx) show by name only.
    public init(described shape: ECSShapes.Volume) {
        self.init(name: shape.name ?? "", hostSourcePath: shape.host?.sourcePath)
    }
}
