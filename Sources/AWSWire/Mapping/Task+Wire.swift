import ECSModel
import Foundation

// MARK: ECSModel → response shape

extension ECSShapes.Task {
    /// The task as DescribeTasks answers it. Simplified: no containerArn, runtimeId or imageDigest (the
    /// simulation has no container ids), no task attributes or version; the awsvpc ENI attachment
    /// carries only the private IP, and its id is derived from the task id; connectivityAt is when the
    /// agent first reported (image pull, else start).
    public init(_ task: Task, tags: [ResourceTag]? = nil) {
        let eni = task.privateIPv4Address.map {
            ElasticNetworkInterface(taskID: task.id, privateIPv4Address: $0, taskStatus: task.lastStatus)
        }
        let isFargate = task.launchType == .fargate
        let connectedAt = task.pullStartedAt ?? task.startedAt
        self.init()
        attachments = eni.map { [$0.attachment] } ?? []
        availabilityZone = task.availabilityZone
        capacityProviderName = task.capacityProviderName
        clusterArn = task.clusterARN
        connectivity = connectedAt == nil ? nil : .connected
        connectivityAt = connectedAt
        containerInstanceArn = Self.containerInstanceARN(task)
        containers = task.containers.map { ECSShapes.Container($0, taskARN: task.arn, networkInterface: eni) }
        // ECS reports task-level cpu and memory as strings.
        cpu = String(task.cpu)
        createdAt = task.createdAt
        desiredStatus = task.desiredStatus.rawValue
        enableExecuteCommand = task.enableExecuteCommand
        group = task.group
        healthStatus = ECSShapes.HealthStatus(rawValue: task.healthStatus.rawValue)
        lastStatus = task.lastStatus.rawValue
        launchType = ECSShapes.LaunchType(rawValue: task.launchType.rawValue)
        memory = String(task.memory)
        overrides = ECSShapes.TaskOverride(
            containerOverrides: task.containers.map { ECSShapes.ContainerOverride(name: $0.name) },
            inferenceAcceleratorOverrides: [])
        platformVersion = isFargate ? "1.4.0" : nil
        platformFamily = isFargate ? "Linux" : nil
        pullStartedAt = task.pullStartedAt
        startedAt = task.startedAt
        startedBy = task.startedBy
        stopCode = task.stopCode.map { ECSShapes.TaskStopCode(rawValue: $0.rawValue) }
        stoppedAt = task.stoppedAt
        stoppedReason = task.stoppedReason
        stoppingAt = task.stoppingAt
        self.tags = tags.map { $0.map(ECSShapes.Tag.init) }
        taskArn = task.arn
        taskDefinitionArn = task.taskDefinitionARN
        ephemeralStorage = isFargate ? ECSShapes.EphemeralStorage(sizeInGiB: 20) : nil
    }

    /// `arn:…:container-instance/<cluster>/<id>`, built from the cluster ARN (`arn:…:cluster/<cluster>`)
    /// by slicing bytes, not Foundation's search and replace, which showed in the API's profile.
    private static func containerInstanceARN(_ task: Task) -> String? {
        task.containerInstanceID.map { id in
            let clusterARN = task.clusterARN
            guard let slash = clusterARN.utf8.firstIndex(of: UInt8(ascii: "/")),
                  let colon = clusterARN.utf8[..<slash].lastIndex(of: UInt8(ascii: ":")) else {
                return clusterARN + "/" + id
            }
            return clusterARN[...colon] + "container-instance" + clusterARN[slash...] + "/" + id
        }
    }
}

// MARK: Response shape → ECSModel, as an endpoint describes it

extension Task {
    /// `ec2InstanceIDs` maps container instance ids to their EC2 instances: a task does not say.
    public init(described shape: ECSShapes.Task, ec2InstanceIDs: [String: String], at now: Date) {
        let arn = shape.taskArn ?? ""
        let containerInstanceID = shape.containerInstanceArn?.arnResourceID
        self.init(
            id: arn.arnResourceID, arn: arn, clusterARN: shape.clusterArn ?? "",
            taskDefinitionARN: shape.taskDefinitionArn ?? "", containerInstanceID: containerInstanceID,
            ec2InstanceID: containerInstanceID.flatMap { ec2InstanceIDs[$0] },
            availabilityZone: shape.availabilityZone ?? "",
            launchType: shape.launchType.flatMap { LaunchType(rawValue: $0.rawValue) } ?? .ec2,
            lastStatus: shape.lastStatus.flatMap(TaskStatus.init(rawValue:)) ?? .pending,
            desiredStatus: shape.desiredStatus.flatMap(TaskStatus.init(rawValue:)) ?? .running,
            healthStatus: shape.healthStatus.flatMap { HealthStatus(rawValue: $0.rawValue) } ?? .unknown,
            group: shape.group ?? "", startedBy: shape.startedBy,
            cpu: shape.cpu.flatMap { Int($0) } ?? 0, memory: shape.memory.flatMap { Int($0) } ?? 0,
            containers: (shape.containers ?? []).map(Container.init(described:)), createdAt: shape.createdAt ?? now)
        pullStartedAt = shape.pullStartedAt
        startedAt = shape.startedAt
        stoppingAt = shape.stoppingAt
        stoppedAt = shape.stoppedAt
        stopCode = shape.stopCode.flatMap { TaskStopCode(rawValue: $0.rawValue) }
        stoppedReason = shape.stoppedReason
        capacityProviderName = shape.capacityProviderName
        enableExecuteCommand = shape.enableExecuteCommand ?? false
        // The task's ENI (awsvpc): its attachment's details name the address.
        privateIPv4Address = shape.attachments?.lazy.compactMap { attachment in
            attachment.details?.first { $0.name == "privateIPv4Address" }?.value
        }.first
    }
}
