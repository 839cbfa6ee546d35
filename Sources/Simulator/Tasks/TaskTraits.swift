/// What a task definition does on purpose, so users can rehearse bad deployments. The convention reads
/// the image tag of any container:
///
/// - `…-broken` (`api:2.5.0-broken`): the image cannot be pulled. The task stops in PENDING, before RUNNING,
///   with stopCode `TaskFailedToStart` and the agent's `CannotPullContainerError: … not found`.
/// - `…-crashloop`: the task starts, then its essential container exits with code 1 a few seconds after
///   RUNNING (`EssentialContainerExited`).
/// - `…-unhealthy`: the task runs, but answers load-balancer health checks (and fails its container health
///   check, if it has one) with HTTP 503.
///
/// Any other tag behaves. `-broken` wins over `-crashloop`, which wins over `-unhealthy`.
struct TaskTraits {
    enum Behaviour: Equatable { case healthy, broken, crashLoop, unhealthy }

    var behaviour: Behaviour
    /// The first image that cannot be pulled, as the agent names it (`docker.io/library/…` for Docker Hub).
    var unpullableImage: String?
    /// The health check of the first essential container that has one: it decides the task's healthStatus.
    var containerHealthCheck: ContainerHealthCheck?

    init(_ definition: TaskDefinition) {
        var behaviour = Behaviour.healthy
        var unpullable: String?
        for container in definition.containerDefinitions {
            let tag = Self.tag(of: container.image)
            if tag.hasSuffix("-broken") {
                behaviour = .broken
                if unpullable == nil { unpullable = Self.reference(container.image) }
            } else if tag.hasSuffix("-crashloop"), behaviour != .broken {
                behaviour = .crashLoop
            } else if tag.hasSuffix("-unhealthy"), behaviour == .healthy {
                behaviour = .unhealthy
            }
        }
        self.behaviour = behaviour
        self.unpullableImage = unpullable
        self.containerHealthCheck = definition.containerDefinitions.first { $0.essential && $0.healthCheck != nil }?.healthCheck
    }

    /// The container agent's error for an image whose tag does not exist.
    var pullErrorReason: String? {
        unpullableImage.map {
            "CannotPullContainerError: pull image manifest has been retried 1 time(s): failed to resolve ref \($0): not found"
        }
    }

    /// How long after RUNNING a crash-looping container exits.
    static let crashLoopExit = 2.0...8.0

    private static func tag(of image: String) -> Substring {
        let name = image.split(separator: "@").first ?? Substring(image)
        guard let colon = name.lastIndex(of: ":"), !name[colon...].contains("/") else { return "" }
        return name[name.index(after: colon)...]
    }

    /// `nginx:1.27` → `docker.io/library/nginx:1.27`; names with a registry host stay as they are.
    private static func reference(_ image: String) -> String {
        let parts = image.split(separator: "/", maxSplits: 1)
        if parts.count == 2, let host = parts.first, host.contains(".") || host.contains(":") || host == "localhost" {
            return image
        }
        return parts.count == 1 ? "docker.io/library/\(image)" : "docker.io/\(image)"
    }
}

extension Simulator {
    /// The traits of a task definition, worked out once per ARN.
    func traits(ofDefinition arn: String) -> TaskTraits {
        if let known = loadBalancing.traits[arn] { return known }
        let definition = resolveTaskDefinition(arn)
        let traits = definition.map(TaskTraits.init) ?? TaskTraits(TaskDefinition(family: "", revision: 0, arn: arn, containerDefinitions: []))
        loadBalancing.traits[arn] = traits
        return traits
    }
}
