// Member names and order from botocore's ECS model (shapes `Task`, `Container`, `NetworkBinding`,
// `Attachment`, `NetworkInterface`, `TaskOverride`). Simplified: no containerArn, runtimeId or
// imageDigest (the simulator has no container ids), no task attributes, version or tags; the awsvpc
// ENI attachment carries only the private IP, and its id is derived from the task id; connectivityAt
// is when the agent first reported (image pull, else start).

extension Task {
    /// The task as DescribeTasks returns it (shape `Task`).
    public var apiRepresentation: JSONValue {
        let eni = elasticNetworkInterface
        let isFargate = launchType == .fargate
        let connectedAt = pullStartedAt ?? startedAt
        return .object(omittingAbsent: [
            "attachments": .array(eni.map { [$0.attachment] } ?? []),
            "availabilityZone": .string(availabilityZone),
            "capacityProviderName": capacityProviderName.json,
            "clusterArn": .string(clusterARN),
            "connectivity": connectedAt == nil ? nil : .string("CONNECTED"),
            "connectivityAt": connectedAt.json,
            "containerInstanceArn": containerInstanceARN.json,
            "containers": .array(containers.map { $0.apiRepresentation(taskARN: arn, networkInterface: eni) }),
            // ECS reports task-level cpu and memory as strings.
            "cpu": .string(String(cpu)),
            "createdAt": .timestamp(createdAt),
            "desiredStatus": .string(desiredStatus),
            "enableExecuteCommand": .bool(enableExecuteCommand),
            "group": .string(group),
            "healthStatus": .string(healthStatus),
            "lastStatus": .string(lastStatus),
            "launchType": .string(launchType),
            "memory": .string(String(memory)),
            "overrides": .object([
                .init("containerOverrides", .array(containers.map { .object([.init("name", .string($0.name))]) })),
                .init("inferenceAcceleratorOverrides", .array([])),
            ]),
            "platformVersion": isFargate ? .string("1.4.0") : nil,
            "platformFamily": isFargate ? .string("Linux") : nil,
            "pullStartedAt": pullStartedAt.json,
            "startedAt": startedAt.json,
            "startedBy": startedBy.json,
            "stopCode": stopCode.map(JSONValue.string),
            "stoppedAt": stoppedAt.json,
            "stoppedReason": stoppedReason.json,
            "stoppingAt": stoppingAt.json,
            "taskArn": .string(arn),
            "taskDefinitionArn": .string(taskDefinitionARN),
            "ephemeralStorage": isFargate ? .object([.init("sizeInGiB", .integer(20))]) : nil,
        ])
    }

    /// `arn:…:container-instance/<cluster>/<id>`, built from the cluster ARN (`arn:…:cluster/<cluster>`)
    /// by slicing bytes, not Foundation's search and replace, which showed in the API's profile.
    private var containerInstanceARN: String? {
        containerInstanceID.map { id in
            guard let slash = clusterARN.utf8.firstIndex(of: UInt8(ascii: "/")),
                  let colon = clusterARN.utf8[..<slash].lastIndex(of: UInt8(ascii: ":")) else {
                return clusterARN + "/" + id
            }
            return clusterARN[...colon] + "container-instance" + clusterARN[slash...] + "/" + id
        }
    }

    /// The awsvpc task's own network interface, when it has one.
    private var elasticNetworkInterface: ElasticNetworkInterface? {
        privateIPv4Address.map { ElasticNetworkInterface(taskID: id, privateIPv4Address: $0, taskStatus: lastStatus) }
    }
}

/// The ENI attachment of an awsvpc task, as far as the simulator models it.
private struct ElasticNetworkInterface {
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

    /// Shape `Attachment`.
    var attachment: JSONValue {
        .object([
            .init("id", .string(attachmentID)),
            .init("type", .string("ElasticNetworkInterface")),
            .init("status", .string(status)),
            .init("details", .array([
                .object([.init("name", .string("privateIPv4Address")), .init("value", .string(privateIPv4Address))]),
            ])),
        ])
    }

    /// Shape `NetworkInterface`, as each container of the task lists it.
    var networkInterface: JSONValue {
        .object([.init("attachmentId", .string(attachmentID)), .init("privateIpv4Address", .string(privateIPv4Address))])
    }
}

extension Container {
    fileprivate func apiRepresentation(taskARN: String, networkInterface: ElasticNetworkInterface?) -> JSONValue {
        .object(omittingAbsent: [
            "taskArn": .string(taskARN),
            "name": .string(name),
            "image": .string(image),
            "lastStatus": .string(lastStatus),
            "exitCode": exitCode.json,
            "reason": reason.json,
            "networkBindings": .array(networkBindings.map(\.apiRepresentation)),
            "networkInterfaces": .array(networkInterface.map { [$0.networkInterface] } ?? []),
            "healthStatus": .string(healthStatus),
        ])
    }
}

extension NetworkBinding {
    /// Shape `NetworkBinding`: bridge and host mode bind on every address.
    public var apiRepresentation: JSONValue {
        .object([
            .init("bindIP", .string("0.0.0.0")),
            .init("containerPort", .integer(containerPort)),
            .init("hostPort", .integer(hostPort)),
            .init("protocol", .string(`protocol`)),
        ])
    }
}
