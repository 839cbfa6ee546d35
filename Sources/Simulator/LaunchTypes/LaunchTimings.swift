/// Lifecycle steps that depend on how a task is networked and where it runs. awsvpc tasks attach an ENI
/// during PROVISIONING and detach it during DEPROVISIONING, which takes seconds; Fargate also finds a
/// host and pulls the image onto it, which takes tens of seconds. Bridge, host and none use
/// `LifecycleTimings`.
enum LaunchTimings {
    static let awsvpcProvisioning = 2.0...6.0
    static let awsvpcDeprovisioning = 1.5...4.0
    static let fargateProvisioning = 10.0...30.0
    static let fargatePending = 15.0...40.0
    static let fargateDeprovisioning = 4.0...12.0
}

extension Simulator {
    func provisioningRange(networkMode: NetworkMode, launchType: LaunchType) -> ClosedRange<Double> {
        if launchType == .fargate { return LaunchTimings.fargateProvisioning }
        return networkMode == .awsvpc ? LaunchTimings.awsvpcProvisioning : LifecycleTimings.provisioning
    }

    func pendingRange(for task: Task) -> ClosedRange<Double> {
        task.launchType == .fargate ? LaunchTimings.fargatePending : LifecycleTimings.pending
    }

    func deprovisioningRange(for task: Task) -> ClosedRange<Double> {
        if task.launchType == .fargate { return LaunchTimings.fargateDeprovisioning }
        return task.privateIPv4Address != nil ? LaunchTimings.awsvpcDeprovisioning : LifecycleTimings.deprovisioning
    }
}
