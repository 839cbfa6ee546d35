import Foundation

public enum ContainerInstanceStatus: String, Hashable, Sendable, CaseIterable {
    case registering = "REGISTERING"
    case active = "ACTIVE"
    case draining = "DRAINING"
    case deregistering = "DEREGISTERING"
    case registrationFailed = "REGISTRATION_FAILED"
    case inactive = "INACTIVE"
}

/// An EC2 instance whose ECS agent has joined a cluster.
public struct ContainerInstance: Hashable, Sendable, Identifiable {
    /// The 32-hex container instance id (the last part of its ARN).
    public var id: String
    public var arn: String
    public var ec2InstanceID: String
    public var instanceType: String
    public var availabilityZone: String
    public var status: ContainerInstanceStatus
    public var agentConnected: Bool
    public var registeredResources: Resources
    public var remainingResources: Resources
    /// TCP host ports in use: the agent's reserved ports plus every bound host port.
    public var usedPorts: Set<Int>
    /// Tasks here whose desiredStatus is RUNNING.
    public var runningTasksCount: Int
    /// Tasks here whose lastStatus is PENDING.
    public var pendingTasksCount: Int
    public var registeredAt: Date
    /// `ecs.instance-type`, `ecs.availability-zone`, `ecs.os-type`, `ecs.ami-id` and custom ones, for
    /// placement constraints and spread.
    public var attributes: [String: String]
    /// The Auto Scaling group and capacity provider the instance came from, if any.
    public var autoScalingGroupName: String?
    public var capacityProviderName: String?
    /// Elastic network interfaces for awsvpc tasks: how many the instance type allows, how many are used.
    public var eniLimit: Int
    public var enisInUse: Int

    public init(
        id: String, arn: String, ec2InstanceID: String, instanceType: String, availabilityZone: String,
        status: ContainerInstanceStatus = .active, agentConnected: Bool = true, registeredResources: Resources,
        remainingResources: Resources? = nil, usedPorts: Set<Int> = ContainerInstance.agentReservedPorts,
        runningTasksCount: Int = 0, pendingTasksCount: Int = 0, registeredAt: Date, attributes: [String: String] = [:],
        autoScalingGroupName: String? = nil, capacityProviderName: String? = nil, eniLimit: Int = 0, enisInUse: Int = 0
    ) {
        self.attributes = attributes
        self.autoScalingGroupName = autoScalingGroupName
        self.capacityProviderName = capacityProviderName
        self.eniLimit = eniLimit
        self.enisInUse = enisInUse
        self.id = id
        self.arn = arn
        self.ec2InstanceID = ec2InstanceID
        self.instanceType = instanceType
        self.availabilityZone = availabilityZone
        self.status = status
        self.agentConnected = agentConnected
        self.registeredResources = registeredResources
        self.remainingResources = remainingResources ?? registeredResources
        self.usedPorts = usedPorts
        self.runningTasksCount = runningTasksCount
        self.pendingTasksCount = pendingTasksCount
        self.registeredAt = registeredAt
    }

    /// Ports the ECS agent reserves on every instance by default.
    public static let agentReservedPorts: Set<Int> = [22, 2375, 2376, 51678, 51679]

    /// Reserved share of registered resources, 0…1.
    public var cpuReservation: Double {
        registeredResources.cpu == 0 ? 0 : Double(registeredResources.cpu - remainingResources.cpu) / Double(registeredResources.cpu)
    }

    public var memoryReservation: Double {
        registeredResources.memory == 0
            ? 0 : Double(registeredResources.memory - remainingResources.memory) / Double(registeredResources.memory)
    }
}
