import ECSModel

/// Maps an `X-Amz-Target` operation and its JSON body to the control plane, and the outcome to an AWS
/// JSON 1.1 response. Every failure becomes the AWS error shape; nothing here may crash the server.
public final class ECSRequestRouter: Sendable {
    public static let targetPrefix = "AmazonEC2ContainerServiceV20141113."

    let controlPlane: LockedControlPlane
    let readOnly: Bool
    /// For the ARNs of `failures`, which name what could not be found.
    let names = ResourceNames()

    public init(controlPlane: LockedControlPlane, readOnly: Bool = false) {
        self.controlPlane = controlPlane
        self.readOnly = readOnly
    }

    /// Operations that change the clusters: refused under `--read-only`.
    static let mutatingOperations: Set<String> = [
        "CreateCluster", "DeleteCluster", "CreateService", "UpdateService", "DeleteService", "RunTask", "StopTask",
        "RegisterTaskDefinition", "DeregisterTaskDefinition", "RegisterContainerInstance",
        "DeregisterContainerInstance", "UpdateContainerInstancesState", "TagResource", "UntagResource",
        "PutAttributes", "DeleteAttributes",
    ]

    /// The answer to one request. `target` is the `X-Amz-Target` header, `body` the raw request body.
    public func respond(target: String?, body: [UInt8]) -> ECSResponse {
        do throws(ECSError) {
            return .success(try handle(target: target, body: body))
        } catch {
            return .failure(error)
        }
    }

    private func handle(target: String?, body: [UInt8]) throws(ECSError) -> JSONValue {
        guard let target, target.hasPrefix(Self.targetPrefix) else {
            throw ECSError("UnknownOperationException", "Missing or unknown X-Amz-Target: \(target ?? "(none)").")
        }
        let operation = String(target.dropFirst(Self.targetPrefix.count))
        guard Self.operations.contains(operation) else {
            throw ECSError("UnknownOperationException", "Unknown operation \(operation).")
        }
        if readOnly && Self.mutatingOperations.contains(operation) {
            throw ECSError("AccessDeniedException", "ecstop serve --read-only refuses \(operation).")
        }
        let json: JSONValue
        // Botocore sends `{}` for an operation without input; an empty body means the same.
        if body.allSatisfy({ [0x20, 0x09, 0x0A, 0x0D].contains($0) }) {
            json = .object([])
        } else {
            do throws(JSONParser.Failure) {
                json = try JSONParser.parse(body)
            } catch {
                throw ECSError("SerializationException", error.message)
            }
        }
        let input = try RequestInput(json)
        return try perform(operation, input)
    }

    static let operations: Set<String> = mutatingOperations.union([
        "ListClusters", "DescribeClusters", "ListServices", "DescribeServices", "ListTasks", "DescribeTasks",
        "ListContainerInstances", "DescribeContainerInstances", "DescribeTaskDefinition", "ListTaskDefinitions",
        "ListTaskDefinitionFamilies", "ListTagsForResource", "ListAttributes", "DescribeCapacityProviders",
    ])

    private func perform(_ operation: String, _ input: RequestInput) throws(ECSError) -> JSONValue {
        switch operation {
        case "ListClusters": try listClusters(input)
        case "DescribeClusters": try describeClusters(input)
        case "ListServices": try listServices(input)
        case "DescribeServices": try describeServices(input)
        case "ListTasks": try listTasks(input)
        case "DescribeTasks": try describeTasks(input)
        case "ListContainerInstances": try listContainerInstances(input)
        case "DescribeContainerInstances": try describeContainerInstances(input)
        case "UpdateService": try updateService(input)
        case "StopTask": try stopTask(input)
        case "UpdateContainerInstancesState": try updateContainerInstancesState(input)
        case "RunTask": try runTask(input)
        case "CreateService": try createService(input)
        case "RegisterTaskDefinition": try registerTaskDefinition(input)
        case "DescribeTaskDefinition": try describeTaskDefinition(input)
        case "ListTaskDefinitions": try listTaskDefinitions(input)
        case "ListTaskDefinitionFamilies": try listTaskDefinitionFamilies(input)
        case "ListTagsForResource": try listTagsForResource(input)
        case "CreateCluster": try createCluster(input)
        case "DeleteCluster": try deleteCluster(input)
        case "DeleteService": try deleteService(input)
        case "DeregisterTaskDefinition": try deregisterTaskDefinition(input)
        case "RegisterContainerInstance": try registerContainerInstance(input)
        case "DeregisterContainerInstance": try deregisterContainerInstance(input)
        case "TagResource": try tagResource(input)
        case "UntagResource": try untagResource(input)
        case "PutAttributes": try putAttributes(input)
        case "DeleteAttributes": try deleteAttributes(input)
        case "ListAttributes": try listAttributes(input)
        case "DescribeCapacityProviders": try describeCapacityProviders(input)
        default: throw ECSError("UnknownOperationException", "Unknown operation \(operation).")
        }
    }

    // MARK: Shared pieces

    /// The cluster `cluster` names (a name or ARN; ECS's `default` when absent). A deleted (INACTIVE)
    /// cluster is found by DescribeClusters only.
    func cluster(_ input: RequestInput, in snapshot: ControlPlaneSnapshot) throws(ECSError) -> ClusterSnapshot {
        let name = try input.string("cluster") ?? "default"
        guard let local = names.localID(name, .cluster), let cluster = snapshot.cluster(named: local), cluster.cluster.isActive
        else {
            throw .clusterNotFound()
        }
        return cluster
    }

    /// One page of `items` as `{key: [...], nextToken}`, from `maxResults` (1…100, else `defaultSize`)
    /// and `nextToken`.
    func page(
        _ items: [String], key: String, _ input: RequestInput, defaultSize: Int = PageToken.defaultPageSize
    ) throws(ECSError) -> JSONValue {
        try page(values: items.map(JSONValue.string), key: key, input, defaultSize: defaultSize)
    }

    /// The same for items that are objects (ListAttributes' attributes).
    func page(
        values items: [JSONValue], key: String, _ input: RequestInput, defaultSize: Int = PageToken.defaultPageSize
    ) throws(ECSError) -> JSONValue {
        let (range, nextToken) = try pageRange(count: items.count, input, defaultSize: defaultSize)
        return .object(omittingAbsent: [key: .array(Array(items[range])), "nextToken": nextToken.map(JSONValue.string)])
    }

    /// Which of `count` items `maxResults` (1…`limit`, else `defaultSize`) and `nextToken` select, and the
    /// token of the next page when there is one.
    func pageRange(
        count: Int, _ input: RequestInput, defaultSize: Int = PageToken.defaultPageSize, limit: Int = PageToken.defaultPageSize
    ) throws(ECSError) -> (Range<Int>, nextToken: String?) {
        let size = try input.integer("maxResults") ?? defaultSize
        guard (1...limit).contains(size) else {
            throw .invalidParameter("maxResults must be between 1 and \(limit).")
        }
        guard let offset = PageToken.offset(try input.string("nextToken")) else {
            throw .invalidParameter("Invalid nextToken.")
        }
        let start = min(offset, count)
        let end = min(start + size, count)
        return (start..<end, end < count ? PageToken.token(offset: end) : nil)
    }

    /// A describe call's list member: required, non-empty, at most `limit` long.
    func batch(_ key: String, limit: Int, _ input: RequestInput) throws(ECSError) -> [String] {
        guard let names = try input.strings(key), !names.isEmpty else { throw RequestInput.missing(key) }
        guard names.count <= limit else {
            throw .invalidParameter("\(key) can have at most \(limit) items.")
        }
        return names
    }

    static func missing(_ arn: String) -> JSONValue {
        .object([.init("arn", .string(arn)), .init("reason", .string("MISSING"))])
    }

    /// The snapshot after `command`, both under the lock, so the result read is the command's own.
    func execute(_ command: ControlPlaneCommand) throws(ECSError) -> ControlPlaneSnapshot {
        try controlPlane.withLock { (plane: any ControlPlane) throws(ECSError) -> ControlPlaneSnapshot in
            try plane.execute(command)
            return plane.snapshot()
        }
    }
}
