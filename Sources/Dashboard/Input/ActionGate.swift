/// Whether an action may run against this control plane in this mode, decided from its traits alone.
/// Every key, click, `:` verb and dialog reaches the control plane through an admitted action, and the
/// footer and help list only admitted bindings, so what is refused and what is shown cannot differ.
public struct ActionGate: Hashable, Sendable {
    public var readOnly: Bool
    public var simulated: Bool

    public init(readOnly: Bool, simulated: Bool) {
        self.readOnly = readOnly
        self.simulated = simulated
    }

    /// Why `action` may not run, in words naming it as the user asked for it (a key's label, a verb);
    /// nil when it may.
    public func refusal(of action: Action, named name: String) -> String? {
        let traits = action.traits
        if readOnly, traits.contains(.changesCluster) { return "read-only mode: \(name) is disabled" }
        if !simulated, traits.contains(.simulationOnly) { return "\(name) only applies to the simulation" }
        if simulated, traits.contains(.endpointOnly) { return "the simulation is always up to date: nothing to refresh" }
        return nil
    }

    public func admits(_ action: Action) -> Bool { refusal(of: action, named: action.name) == nil }
}
