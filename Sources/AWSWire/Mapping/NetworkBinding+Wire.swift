import ECSModel

// MARK: ECSModel → response shape

extension ECSShapes.NetworkBinding {
    /// Bridge and host mode bind on every address.
    public init(_ binding: NetworkBinding) {
        self.init()
        bindIP = "0.0.0.0"
        containerPort = binding.containerPort
        hostPort = binding.hostPort
        self.protocol = ECSShapes.TransportProtocol(rawValue: binding.protocol.rawValue)
    }
}
