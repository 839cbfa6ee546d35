import AWSWire
import ECSModel
import Foundation

/// One full read of an endpoint: every cluster with its services, tasks and container instances, paged
/// and batched as ECS allows (Describe* take at most 10 services or 100 tasks/instances per call).
struct RemoteFetch {
    let client: ECSClient
    let timeout: TimeInterval

    func clusters(at now: Date) throws(ECSError) -> [ClusterSnapshot] {
        let arns = try pages { (token) throws(ECSError) in
            let page = try client.send(
                "ListClusters", ECSShapes.ListClustersRequest(nextToken: token), as: ECSShapes.ListClustersResponse.self,
                timeout: timeout)
            return (page.clusterArns ?? [], page.nextToken)
        }
        let described = try batches(of: arns, size: 100) { (batch) throws(ECSError) in
            try client.send(
                "DescribeClusters", ECSShapes.DescribeClustersRequest(clusters: batch),
                as: ECSShapes.DescribeClustersResponse.self, timeout: timeout
            ).clusters ?? []
        }
        return try described.map { (shape) throws(ECSError) in try cluster(Cluster(described: shape), at: now) }
            .sorted { $0.cluster.name < $1.cluster.name }
    }

    private func cluster(_ cluster: Cluster, at now: Date) throws(ECSError) -> ClusterSnapshot {
        let name = cluster.arn.isEmpty ? cluster.name : cluster.arn
        let instances = try containerInstances(cluster: name, at: now)
        let ec2InstanceIDs = Dictionary(instances.map { ($0.id, $0.ec2InstanceID) }, uniquingKeysWith: { first, _ in first })
        let tasks = try self.tasks(cluster: name, ec2InstanceIDs: ec2InstanceIDs, at: now)
        let tasksByService = Dictionary(grouping: tasks.filter { $0.serviceName != nil }, by: { $0.serviceName! })
        let services = try self.services(cluster: name, at: now).map { service in
            ServiceSnapshot(service: service, tasks: (tasksByService[service.name] ?? []).sorted { $0.createdAt < $1.createdAt })
        }
        let serviceNames = Set(services.map(\.service.name))
        let standalone = tasks.filter { task in task.serviceName.map { !serviceNames.contains($0) } ?? true }
        return ClusterSnapshot(
            cluster: cluster, services: services, standaloneTasks: standalone.sorted { $0.createdAt < $1.createdAt },
            instances: instances)
    }

    private func services(cluster: String, at now: Date) throws(ECSError) -> [Service] {
        let arns = try pages { (token) throws(ECSError) in
            let page = try client.send(
                "ListServices", ECSShapes.ListServicesRequest(cluster: cluster, nextToken: token),
                as: ECSShapes.ListServicesResponse.self, timeout: timeout)
            return (page.serviceArns ?? [], page.nextToken)
        }
        return try batches(of: arns, size: 10) { (batch) throws(ECSError) in
            try client.send(
                "DescribeServices", ECSShapes.DescribeServicesRequest(cluster: cluster, services: batch),
                as: ECSShapes.DescribeServicesResponse.self, timeout: timeout
            ).services ?? []
        }.map { Service(described: $0, at: now) }.sorted { $0.name < $1.name }
    }

    private func tasks(cluster: String, ec2InstanceIDs: [String: String], at now: Date) throws(ECSError) -> [Task] {
        var arns: [String] = []
        for status in [ECSShapes.DesiredStatus.running, .stopped] {
            arns += try pages { (token) throws(ECSError) in
                let page = try client.send(
                    "ListTasks", ECSShapes.ListTasksRequest(cluster: cluster, nextToken: token, desiredStatus: status),
                    as: ECSShapes.ListTasksResponse.self, timeout: timeout)
                return (page.taskArns ?? [], page.nextToken)
            }
        }
        // A task stopping between the two lists shows up in both.
        var seen = Set<String>()
        arns = arns.filter { seen.insert($0).inserted }
        return try batches(of: arns, size: 100) { (batch) throws(ECSError) in
            try client.send(
                "DescribeTasks", ECSShapes.DescribeTasksRequest(cluster: cluster, tasks: batch),
                as: ECSShapes.DescribeTasksResponse.self, timeout: timeout
            ).tasks ?? []
        }.map { Task(described: $0, ec2InstanceIDs: ec2InstanceIDs, at: now) }
    }

    private func containerInstances(cluster: String, at now: Date) throws(ECSError) -> [ContainerInstance] {
        let arns = try pages { (token) throws(ECSError) in
            let page = try client.send(
                "ListContainerInstances", ECSShapes.ListContainerInstancesRequest(cluster: cluster, nextToken: token),
                as: ECSShapes.ListContainerInstancesResponse.self, timeout: timeout)
            return (page.containerInstanceArns ?? [], page.nextToken)
        }
        return try batches(of: arns, size: 100) { (batch) throws(ECSError) in
            try client.send(
                "DescribeContainerInstances",
                ECSShapes.DescribeContainerInstancesRequest(cluster: cluster, containerInstances: batch),
                as: ECSShapes.DescribeContainerInstancesResponse.self, timeout: timeout
            ).containerInstances ?? []
        }.map { ContainerInstance(described: $0, at: now) }.sorted { $0.registeredAt < $1.registeredAt }
    }

    /// Follows `nextToken` until a page has none. Stops after 1 000 pages, in case a server repeats a token.
    private func pages(_ page: (String?) throws(ECSError) -> ([String], String?)) throws(ECSError) -> [String] {
        var all: [String] = []
        var token: String?
        for _ in 0..<1_000 {
            let (items, next) = try page(token)
            all += items
            guard let next, !next.isEmpty else { break }
            token = next
        }
        return all
    }

    private func batches<Item>(
        of names: [String], size: Int, _ describe: ([String]) throws(ECSError) -> [Item]
    ) throws(ECSError) -> [Item] {
        var all: [Item] = []
        var start = 0
        while start < names.count {
            all += try describe(Array(names[start..<min(start + size, names.count)]))
            start += size
        }
        return all
    }
}
