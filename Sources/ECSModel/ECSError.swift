/// An error as the ECS API reports it: an exception name and a message.
public struct ECSError: Error, Hashable, Sendable, CustomStringConvertible {
    public var type: String
    public var message: String

    public init(_ type: String, _ message: String) {
        self.type = type
        self.message = message
    }

    public var description: String { "\(type): \(message)" }

    public static func clusterNotFound() -> ECSError { ECSError("ClusterNotFoundException", "Cluster not found.") }
    public static func serviceNotFound() -> ECSError { ECSError("ServiceNotFoundException", "Service not found.") }
    /// UpdateService on a service that is being deleted (DRAINING).
    public static func serviceNotActive() -> ECSError { ECSError("ServiceNotActiveException", "Service was not ACTIVE.") }
    public static func invalidParameter(_ message: String) -> ECSError { ECSError("InvalidParameterException", message) }
    public static func resourceNotFound() -> ECSError {
        ECSError("ResourceNotFoundException", "The specified resource could not be found.")
    }
    public static func client(_ message: String) -> ECSError { ECSError("ClientException", message) }
}
