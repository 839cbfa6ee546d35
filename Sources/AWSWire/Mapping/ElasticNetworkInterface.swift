import ECSModel

/// The ENI attachment of an awsvpc task, as far as the simulation models it.
struct ElasticNetworkInterface {
    let taskID: String
    let privateIPv4Address: String
    let taskStatus: TaskStatus

    /// A UUID-shaped id made from the task id, so it is stable across snapshots.
    var attachmentID: String {
        let hex = Array(taskID.padding(toLength: 32, withPad: "0", startingAt: 0))
        return [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(hex[$0]) }.joined(separator: "-")
    }

    /// Attachment status follows the task: the ENI is attached while provisioning and deleted once stopped.
    private var status: String {
        switch taskStatus {
        case .provisioning: "ATTACHING"
        case .deprovisioning: "DETACHING"
        case .stopped: "DELETED"
        default: "ATTACHED"
        }
    }

    var attachment: ECSShapes.Attachment {
        ECSShapes.Attachment(
            id: attachmentID, type: "ElasticNetworkInterface", status: status,
            details: [ECSShapes.KeyValuePair(name: "privateIPv4Address", value: privateIPv4Address)])
    }

    var networkInterface: ECSShapes.NetworkInterface {
        ECSShapes.NetworkInterface(attachmentId: attachmentID, privateIpv4Address: privateIPv4Address)
    }
}
