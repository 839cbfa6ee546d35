import Foundation

/// An EC2 Auto Scaling group that launches container instances from a launch template.
public struct AutoScalingGroup: Hashable, Sendable, Identifiable {
    public var name: String
    public var arn: String
    public var launchTemplate: LaunchTemplate
    public var minSize: Int
    public var maxSize: Int
    public var desiredCapacity: Int
    public var availabilityZones: [String]
    public var instances: [Instance]

    public var id: String { name }

    public init(
        name: String, arn: String, launchTemplate: LaunchTemplate, minSize: Int, maxSize: Int, desiredCapacity: Int,
        availabilityZones: [String], instances: [Instance] = []
    ) {
        self.name = name
        self.arn = arn
        self.launchTemplate = launchTemplate
        self.minSize = minSize
        self.maxSize = maxSize
        self.desiredCapacity = desiredCapacity
        self.availabilityZones = availabilityZones
        self.instances = instances
    }

    /// An EC2 instance of the group, as DescribeAutoScalingGroups lists it.
    public struct Instance: Hashable, Sendable {
        public enum LifecycleState: String, Hashable, Sendable {
            case pending = "Pending", inService = "InService", terminating = "Terminating", terminated = "Terminated"
        }

        public var ec2InstanceID: String
        public var availabilityZone: String
        public var lifecycleState: LifecycleState
        public var launchedAt: Date

        public init(ec2InstanceID: String, availabilityZone: String, lifecycleState: LifecycleState, launchedAt: Date) {
            self.ec2InstanceID = ec2InstanceID
            self.availabilityZone = availabilityZone
            self.lifecycleState = lifecycleState
            self.launchedAt = launchedAt
        }
    }
}

/// What an Auto Scaling group launches: the instance type, the ECS-optimized AMI, and user data that
/// joins the cluster (`ECS_CLUSTER=prod` in /etc/ecs/ecs.config).
public struct LaunchTemplate: Hashable, Sendable {
    public var name: String
    public var instanceType: String
    public var imageID: String
    public var userData: String

    public init(name: String, instanceType: String, imageID: String = "ami-0ecs0optimized0001", userData: String) {
        self.name = name
        self.instanceType = instanceType
        self.imageID = imageID
        self.userData = userData
    }
}
