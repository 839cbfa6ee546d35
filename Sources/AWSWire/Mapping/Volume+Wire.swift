import ECSModel

// MARK: Request shape → ECSModel

extension Volume {
    /// Bind mounts and Docker's own volumes; EFS, FSx and the other volume types are not simulated.
    public static func requested(_ shape: ECSShapes.Volume) throws(ECSError) -> Self {
        try RequestMember.refuseUnmodelled(shape, keeping: ["name", "host"], in: "volumes")
        return Self(name: try RequestMember.required(shape.name, "name"), hostSourcePath: shape.host?.sourcePath)
    }
}

// MARK: ECSModel → response shape

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
