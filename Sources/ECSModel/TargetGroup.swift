/// An ALB target group: where a service's tasks are registered, and how their health is checked.
public struct TargetGroup: Hashable, Sendable, Identifiable {
    public enum TargetType: String, Hashable, Sendable { case instance, ip }

    public var name: String
    public var arn: String
    public var port: Int
    public var `protocol`: String
    /// `instance` (bridge/host mode: instance id + host port) or `ip` (awsvpc: task IP + container port).
    public var targetType: TargetType
    public var healthCheck: TargetGroupHealthCheck
    /// Seconds a deregistered target keeps draining connections (0…3600).
    public var deregistrationDelaySeconds: Int
    /// The load balancers whose listeners forward here.
    public var loadBalancerARNs: [String]
    public var targets: [TargetHealthDescription]

    public var id: String { arn }

    public init(
        name: String, arn: String, port: Int = 80, protocol: String = "HTTP", targetType: TargetType = .instance,
        healthCheck: TargetGroupHealthCheck = TargetGroupHealthCheck(), deregistrationDelaySeconds: Int = 300,
        loadBalancerARNs: [String] = [], targets: [TargetHealthDescription] = []
    ) {
        self.name = name
        self.arn = arn
        self.port = port
        self.protocol = `protocol`
        self.targetType = targetType
        self.healthCheck = healthCheck
        self.deregistrationDelaySeconds = deregistrationDelaySeconds
        self.loadBalancerARNs = loadBalancerARNs
        self.targets = targets
    }
}

/// ELB's health check settings, with its defaults.
public struct TargetGroupHealthCheck: Hashable, Sendable {
    public var path: String
    public var intervalSeconds: Int
    public var timeoutSeconds: Int
    public var healthyThresholdCount: Int
    public var unhealthyThresholdCount: Int
    /// HTTP codes that count as healthy, e.g. `200` or `200-299`.
    public var matcher: String

    public init(
        path: String = "/", intervalSeconds: Int = 30, timeoutSeconds: Int = 5, healthyThresholdCount: Int = 5,
        unhealthyThresholdCount: Int = 2, matcher: String = "200"
    ) {
        self.path = path
        self.intervalSeconds = intervalSeconds
        self.timeoutSeconds = timeoutSeconds
        self.healthyThresholdCount = healthyThresholdCount
        self.unhealthyThresholdCount = unhealthyThresholdCount
        self.matcher = matcher
    }
}

public enum TargetHealthState: String, Hashable, Sendable {
    case initial, healthy, unhealthy, unused, draining, unavailable
}

/// One registered target and its health, as DescribeTargetHealth reports it.
public struct TargetHealthDescription: Hashable, Sendable {
    /// An EC2 instance id (target type instance) or an IP address (target type ip).
    public var targetID: String
    public var port: Int
    public var state: TargetHealthState
    /// `Elb.RegistrationInProgress`, `Target.ResponseCodeMismatch`, `Target.DeregistrationInProgress` …
    public var reason: String?
    public var description: String?
    /// The ECS task behind the target (not part of ELB's API; the simulator knows it).
    public var taskID: String?

    public init(
        targetID: String, port: Int, state: TargetHealthState, reason: String? = nil, description: String? = nil,
        taskID: String? = nil
    ) {
        self.targetID = targetID
        self.port = port
        self.state = state
        self.reason = reason
        self.description = description
        self.taskID = taskID
    }
}
