import ECSModel

// ListTasks, DescribeTasks, StopTask, RunTask.
extension ECSRequestRouter {
    func listTasks(_ input: RequestInput) throws(ECSError) -> JSONValue {
        let cluster = try cluster(input, in: controlPlane.snapshot())
        // An ARN naming nothing here matches no task (the service one is refused below).
        let serviceName = try input.string("serviceName").map { names.localID($0, .service, cluster: cluster.id) ?? "" }
        let instance = try input.string("containerInstance").map { names.localID($0, .containerInstance, cluster: cluster.id) ?? "" }
        // ECS lists RUNNING-desired tasks unless told otherwise.
        let desiredStatus = try input.enumeration("desiredStatus", TaskStatus.self) ?? .running
        guard [.running, .pending, .stopped].contains(desiredStatus) else {
            throw .invalidParameter("desiredStatus must be RUNNING, PENDING or STOPPED.")
        }
        let family = try input.string("family")
        let startedBy = try input.string("startedBy")
        let launchType = try input.enumeration("launchType", LaunchType.self)
        // "When you specify startedBy as the filter, it must be the only filter that you use."
        if startedBy != nil, serviceName != nil || family != nil || instance != nil || launchType != nil {
            throw .invalidParameter("startedBy may not be combined with other filters.")
        }
        if serviceName != nil, family != nil {
            throw .invalidParameter("serviceName may not be combined with family.")
        }
        if let serviceName, cluster.service(named: serviceName) == nil { throw .serviceNotFound() }
        let tasks = cluster.allTasks.filter { task in
            task.desiredStatus == desiredStatus
                && (serviceName.map { $0 == task.serviceName } ?? true)
                && (instance.map { $0 == task.containerInstanceID } ?? true)
                && (family.map { $0 == task.family } ?? true)
                && (startedBy.map { $0 == task.startedBy } ?? true)
                && (launchType.map { $0 == task.launchType } ?? true)
        }
        return try page(tasks.map(\.arn), key: "taskArns", input)
    }

    func describeTasks(_ input: RequestInput) throws(ECSError) -> JSONValue {
        let names = try batch("tasks", limit: 100, input)
        let snapshot = controlPlane.snapshot()
        let cluster = try cluster(input, in: snapshot)
        let includesTags = try Self.includesTags(input)
        var byID: [String: Task] = [:]
        for task in cluster.allTasks { byID[task.id] = task }
        var tasks: [JSONValue] = []
        var failures: [JSONValue] = []
        for name in names {
            if let local = self.names.localID(name, .task, cluster: cluster.id), let task = byID[local] {
                tasks.append(includesTags ? Self.tagging(task.apiRepresentation, arn: task.arn, in: snapshot) : task.apiRepresentation)
            } else {
                failures.append(Self.missing(name.hasPrefix("arn:") ? name : self.names.taskARN(cluster: cluster.id, taskID: name)))
            }
        }
        return .object([.init("tasks", .array(tasks)), .init("failures", .array(failures))])
    }

    func stopTask(_ input: RequestInput) throws(ECSError) -> JSONValue {
        let clusterName = try cluster(input, in: controlPlane.snapshot()).id
        guard let taskID = names.localID(try input.requiredString("task"), .task, cluster: clusterName) else {
            throw .invalidParameter("The referenced task was not found.")
        }
        let reason = try input.string("reason") ?? ""  // the simulator says "Task stopped by user", as ECS
        let after = try execute(.stopTask(cluster: clusterName, task: taskID, reason: reason))
        guard let task = after.cluster(named: clusterName)?.task(id: taskID) else {
            throw .invalidParameter("The referenced task was not found.")
        }
        return .object([.init("task", task.apiRepresentation)])
    }

    func runTask(_ input: RequestInput) throws(ECSError) -> JSONValue {
        let taskDefinition = try input.requiredString("taskDefinition")
        let count = try input.integer("count") ?? 1
        guard (1...10).contains(count) else { throw .invalidParameter("count must be between 1 and 10.") }
        // The simulated containers run what their definition says: nothing to override.
        if input.members["overrides"].map({ $0 != .object([]) }) ?? false {
            throw .client("ecstop serve does not take overrides in RunTask.")
        }
        let snapshot = controlPlane.snapshot()
        let clusterName = try cluster(input, in: snapshot).id
        let launchType = try input.enumeration("launchType", LaunchType.self)
        // RunTask's tasks show their ENIs; the configuration itself is only checked.
        _ = try input.networkConfiguration(
            networkMode: self.taskDefinition(taskDefinition, in: snapshot)?.networkMode, launchType: launchType)
        let capacityProviderStrategy = try input.capacityProviderStrategy()
        let placementStrategy = try input.placementStrategies()
        let placementConstraints = try input.placementConstraints()
        let group = try input.string("group")
        let startedBy = try input.string("startedBy")
        if let startedBy, !ResourceNameRule.isValid(startedBy, maximumLength: 128) {
            throw .invalidParameter("startedBy: up to 128 letters (uppercase and lowercase), numbers, hyphens and underscores are allowed.")
        }
        if let group, group.isEmpty || group.utf8.count > 255 {
            throw .invalidParameter("group must be between 1 and 255 characters long.")
        }
        var started: [Task] = []
        var failures: [CommandOutcome.Failure] = []
        let request = RunTaskRequest(
            cluster: clusterName, taskDefinition: taskDefinition, count: count, launchType: launchType,
            capacityProviderStrategy: capacityProviderStrategy, group: group, startedBy: startedBy,
            placementStrategy: placementStrategy, placementConstraints: placementConstraints,
            propagateTags: try input.enumeration("propagateTags", PropagateTags.self) ?? .none,
            enableECSManagedTags: try input.bool("enableECSManagedTags") ?? false,
            enableExecuteCommand: try input.bool("enableExecuteCommand") ?? false)
        let tags = try Self.tags(input) ?? []
        let after = try execute(.runTask(request), thenTag: tags) { before, after, outcome in
            failures = outcome.failures
            let known = Set(before.cluster(named: clusterName)?.standaloneTasks.map(\.id) ?? [])
            started = after.cluster(named: clusterName)?.standaloneTasks.filter { !known.contains($0.id) } ?? []
            return started.map(\.arn)
        }
        let failed = failures.map { failure in
            JSONValue.object(omittingAbsent: ["arn": failure.arn.map(JSONValue.string), "reason": .string(failure.reason)])
        }
        // The tasks as RunTask answers them: with the tags they were given or took, when there are any.
        let tasks = started.map { task in
            after.tags[task.arn] == nil ? task.apiRepresentation : Self.tagging(task.apiRepresentation, arn: task.arn, in: after)
        }
        return .object([.init("tasks", .array(tasks)), .init("failures", .array(failed))])
    }
}

extension Task {
    /// The task definition family, from `family:revision`.
    fileprivate var family: String {
        let reference = taskDefinitionReference
        return reference.lastIndex(of: ":").map { String(reference[..<$0]) } ?? reference
    }
}
