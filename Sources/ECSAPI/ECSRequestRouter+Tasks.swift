import AWSWire
import ECSModel

// ListTasks, DescribeTasks, StopTask, RunTask.
extension ECSRequestRouter {
    func listTasks(_ request: ECSShapes.ListTasksRequest) throws(ECSError) -> ECSShapes.ListTasksResponse {
        try RequestMember.refuseUnmodelled(request, keeping: Self.listTasksMembers, in: "ListTasks")
        let cluster = try cluster(request.cluster, in: controlPlane.snapshot())
        // An ARN naming nothing here matches no task (the service one is refused below).
        let serviceName = request.serviceName.map { names.localID($0, .service, cluster: cluster.id) ?? "" }
        let instance = request.containerInstance.map { names.localID($0, .containerInstance, cluster: cluster.id) ?? "" }
        // ECS lists RUNNING-desired tasks unless told otherwise.
        let desiredStatus = try RequestMember.value(request.desiredStatus, "desiredStatus", as: TaskStatus.self) ?? .running
        let family = request.family
        let startedBy = request.startedBy
        let launchType = try RequestMember.value(request.launchType, "launchType", as: LaunchType.self)
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
        let (selected, next) = try page(tasks.map(\.arn), maxResults: request.maxResults, nextToken: request.nextToken)
        return ECSShapes.ListTasksResponse(taskArns: selected, nextToken: next)
    }

    private static let listTasksMembers: Set<String> = [
        "cluster", "containerInstance", "family", "nextToken", "maxResults", "startedBy", "serviceName", "desiredStatus",
        "launchType",
    ]

    func describeTasks(_ request: ECSShapes.DescribeTasksRequest) throws(ECSError) -> ECSShapes.DescribeTasksResponse {
        let requested = try batch(request.tasks, "tasks", limit: 100)
        let snapshot = controlPlane.snapshot()
        let cluster = try cluster(request.cluster, in: snapshot)
        let includesTags = try asksForTags(request.include)
        // One pass over the cluster's tasks, keeping only the requested ones: no copy of the whole list.
        // Each name is resolved once: parsing ARNs is a good part of the call's cost.
        let locals = requested.map { names.localID($0, .task, cluster: cluster.id) }
        let wanted = Set(locals.compactMap { $0 })
        var byID: [String: Task] = [:]
        for service in cluster.services {
            for task in service.tasks where wanted.contains(task.id) { byID[task.id] = task }
        }
        for task in cluster.standaloneTasks where wanted.contains(task.id) { byID[task.id] = task }
        var tasks: [ECSShapes.Task] = []
        var failures: [ECSShapes.Failure] = []
        for (name, local) in zip(requested, locals) {
            if let local, let task = byID[local] {
                tasks.append(ECSShapes.Task(task, tags: includesTags ? currentTags(of: task.arn, in: snapshot) : nil))
            } else {
                failures.append(.missing(name.hasPrefix("arn:") ? name : names.taskARN(cluster: cluster.id, taskID: name)))
            }
        }
        return ECSShapes.DescribeTasksResponse(tasks: tasks, failures: failures)
    }

    func stopTask(_ request: ECSShapes.StopTaskRequest) throws(ECSError) -> ECSShapes.StopTaskResponse {
        let clusterName = try cluster(request.cluster, in: controlPlane.snapshot()).id
        guard let taskID = names.localID(try RequestMember.required(request.task, "task"), .task, cluster: clusterName) else {
            throw .invalidParameter("The referenced task was not found.")
        }
        let reason = request.reason ?? ""  // the simulator says "Task stopped by user", as ECS
        let after = try execute(.stopTask(cluster: clusterName, task: taskID, reason: reason))
        guard let task = after.cluster(named: clusterName)?.task(id: taskID) else {
            throw .invalidParameter("The referenced task was not found.")
        }
        return ECSShapes.StopTaskResponse(task: ECSShapes.Task(task))
    }

    func runTask(_ request: ECSShapes.RunTaskRequest) throws(ECSError) -> ECSShapes.RunTaskResponse {
        let snapshot = controlPlane.snapshot()
        let taskDefinition = try RequestMember.required(request.taskDefinition, "taskDefinition")
        let clusterName = try cluster(request.cluster, in: snapshot).id
        let run = try RunTaskRequest(
            request, cluster: clusterName, networkMode: self.taskDefinition(taskDefinition, in: snapshot)?.networkMode)
        var started: [Task] = []
        var failures: [CommandOutcome.Failure] = []
        let after = try execute(.runTask(run), thenTag: try ResourceTag.list(request.tags) ?? []) { before, after, outcome in
            failures = outcome.failures
            let known = Set(before.cluster(named: clusterName)?.standaloneTasks.map(\.id) ?? [])
            started = after.cluster(named: clusterName)?.standaloneTasks.filter { !known.contains($0.id) } ?? []
            return started.map(\.arn)
        }
        // The tasks as RunTask answers them: with the tags they were given or took, when there are any.
        return ECSShapes.RunTaskResponse(
            tasks: started.map { ECSShapes.Task($0, tags: after.tags[$0.arn]) },
            failures: failures.map(ECSShapes.Failure.init))
    }
}

extension Task {
    /// The task definition family, from `family:revision`.
    fileprivate var family: String {
        let reference = taskDefinitionReference
        return reference.lastIndex(of: ":").map { String(reference[..<$0]) } ?? reference
    }
}
