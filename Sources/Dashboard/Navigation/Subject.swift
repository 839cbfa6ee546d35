/// What a view is about: one cluster, service, task or container instance, named as ECS names them.
public enum Subject: Hashable, Sendable {
    case cluster(String)
    case service(cluster: String, service: String)
    /// A task by its id.
    case task(cluster: String, task: String)
    /// A container instance by its id (not the EC2 id).
    case instance(cluster: String, instance: String)

    public var cluster: String {
        switch self {
        case .cluster(let name): name
        case .service(let cluster, _), .task(let cluster, _), .instance(let cluster, _): cluster
        }
    }

    /// `service web`, `task 3f9a12c4`: how breadcrumbs and titles name it.
    public var label: String {
        switch self {
        case .cluster(let name): "cluster \(name)"
        case .service(_, let service): "service \(service)"
        case .task(_, let task): "task \(task.prefix(8))"
        case .instance(_, let instance): "instance \(instance.prefix(8))"
        }
    }
}
