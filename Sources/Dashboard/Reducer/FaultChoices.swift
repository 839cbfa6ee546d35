/// The faults that make sense for a task, service, instance or cluster, each ready to confirm: what
/// the focused pane has selected, or what an open view shows.
struct FaultChoices {
    let model: DashboardModel

    func menu(for subject: Subject) -> FaultMenu? {
        guard let clusterSnapshot = model.snapshot.cluster(named: subject.cluster) else { return nil }
        let cluster = clusterSnapshot.cluster.name
        switch subject {
        case .task(_, let id):
            guard let task = DashboardModel.task(withID: id, in: clusterSnapshot), task.desiredStatus != .stopped else { return nil }
            let short = String(task.id.prefix(8))
            return FaultMenu(title: "Fault · task \(short)", choices: [
                choice("crash: the essential container exits with code 1", "Crash task \(short)?",
                       .crashTask(cluster: cluster, task: task.id), done: "crashed task \(short)"),
                choice("out of memory: killed over its hard limit (exit 137)", "OOM-kill task \(short)?",
                       .outOfMemory(cluster: cluster, task: task.id), done: "OOM-killed task \(short)"),
            ])
        case .service(_, let service):
            return FaultMenu(title: "Fault · service \(service)", choices: [
                choice("fail health checks for 5 minutes (503)", "Make \(service)'s targets fail health checks for 5 minutes?",
                       .failHealthChecks(cluster: cluster, service: service, duration: .seconds(300)),
                       done: "\(service) fails health checks for 5m"),
                choice("fail health checks until restored", "Make \(service)'s targets fail health checks?",
                       .failHealthChecks(cluster: cluster, service: service, duration: nil), done: "\(service) fails health checks"),
                choice("restore health checks", "Let \(service)'s targets pass health checks again?",
                       .failHealthChecks(cluster: cluster, service: service, duration: .zero), done: "\(service) health restored"),
            ])
        case .instance(_, let id):
            guard let instance = clusterSnapshot.instances.first(where: { $0.id == id }) else { return nil }
            let name = instance.ec2InstanceID
            let agent = instance.agentConnected
                ? choice("disconnect the ECS agent", "Disconnect the agent on \(name)?",
                         .disconnectAgent(cluster: cluster, instance: instance.id), done: "agent on \(name) disconnected")
                : choice("reconnect the ECS agent", "Reconnect the agent on \(name)?",
                         .reconnectAgent(cluster: cluster, instance: instance.id), done: "agent on \(name) reconnected")
            return FaultMenu(title: "Fault · instance \(name)", choices: [
                choice("terminate the EC2 instance", "Terminate \(name)? Its tasks stop.",
                       .terminateInstance(cluster: cluster, instance: instance.id), done: "terminating \(name)"),
                agent,
            ])
        case .cluster:
            let zones = Set(clusterSnapshot.instances.map(\.availabilityZone)).sorted()
            guard !zones.isEmpty else { return nil }
            return FaultMenu(title: "Fault · cluster \(cluster)", choices: zones.flatMap { zone in [
                choice("lose availability zone \(zone)", "Lose \(zone)? Every instance there becomes unreachable.",
                       .loseAvailabilityZone(cluster: cluster, zone: zone), done: "\(zone) is down"),
                choice("restore availability zone \(zone)", "Restore \(zone)?",
                       .restoreAvailabilityZone(cluster: cluster, zone: zone), done: "\(zone) restored"),
            ] })
        }
    }

    private func choice(_ label: String, _ question: String, _ fault: Fault, done: String) -> Confirmation {
        Confirmation(question: question, commands: [.injectFault(fault)], doneMessage: done, label: label)
    }
}
