import ECSModel

// MARK: ECSModel → response shape

extension ECSShapes.ServiceEvent {
    public init(_ event: ServiceEvent) {
        self.init(id: event.id, createdAt: event.createdAt, message: event.message)
    }
}
