/// RegisterContainerInstance and DeregisterContainerInstance: an EC2 instance's agent joining a cluster
/// by API, and leaving it. Both go through the paths Auto Scaling groups use (`appendInstance` and
/// `completeRegistration`; `deactivate` and the INACTIVE expiry), so an instance joined by hand
/// behaves like one a group launched.
extension Simulator {
    func registerContainerInstance(_ registration: ContainerInstanceRegistration) throws(ECSError) {
        guard let c = clusterIndex(referencedBy: registration.cluster) else { throw .clusterNotFound() }
        if let ec2InstanceID = registration.ec2InstanceID, let existing = capacity.instance(ofEC2: ec2InstanceID),
           self[instance: existing].status != .inactive {
            let other = existing.cluster
            // The agent registers again after a restart: ECS answers with the instance it already has.
            guard other == c else {
                throw .client("Instance \(ec2InstanceID) is already registered in cluster \(clusters[other].cluster.name).")
            }
            return
        }
        let (typeName, resources) = try registeredResources(of: registration)
        let zone = registration.availabilityZone ?? clusterStates[c].zones.first ?? "\(names.region)a"
        let ec2InstanceID = registration.ec2InstanceID ?? auxiliaryGenerator.ec2InstanceID()
        // One of the simulated groups' instances registering again (after a deregistration) is still
        // that group's, and its capacity provider's.
        let group = groupInstance(ec2InstanceID).map { clusters[$0.0].autoScalingGroups[$0.1].name }
        let provider = group.flatMap { name in clusters[c].capacityProviders.first { $0.autoScalingGroupName == name }?.name }
        let id = auxiliaryGenerator.resourceID()
        appendInstance(ContainerInstance(
            id: id, arn: names.containerInstanceARN(cluster: clusters[c].cluster.name, id: id),
            ec2InstanceID: ec2InstanceID, instanceType: typeName, availabilityZone: zone, status: .registering,
            agentConnected: !capacity.isLost(zone, inCluster: c), registeredResources: resources,
            registeredAt: date(now), attributes: registration.attributes,
            autoScalingGroupName: group, capacityProviderName: provider), toCluster: c)
        // The API answers with the instance ACTIVE, so REGISTERING is not left to a timer here.
        completeRegistration(ec2InstanceID, cluster: c)
    }

    /// The instance type to record and the resources to register: `totalResources` when given, else the
    /// type's. Without either there is nothing honest to register, so ECSError rather than a made-up size
    /// (the agent always sends both).
    private func registeredResources(of registration: ContainerInstanceRegistration) throws(ECSError) -> (String, Resources) {
        let type = registration.instanceType.flatMap(InstanceType.named)
        if let total = registration.totalResources {
            guard (1...InstanceType.largestResources.cpu).contains(total.cpu),
                  (1...InstanceType.largestResources.memory).contains(total.memory) else {
                throw .invalidParameter(
                    "totalResources must give CPU from 1 to \(InstanceType.largestResources.cpu) and MEMORY from 1 to \(InstanceType.largestResources.memory).")
            }
            return (registration.instanceType ?? Self.unknownInstanceType, total)
        }
        if let type { return (type.name, type.registeredResources) }
        if let name = registration.instanceType {
            throw .invalidParameter("Unknown instance type \(name): give its CPU and MEMORY in totalResources.")
        }
        throw .invalidParameter("Give an instance identity document with instanceType, or totalResources with CPU and MEMORY.")
    }

    /// `ecs.instance-type` of an instance registered with resources but no identity document.
    static let unknownInstanceType = "unknown"

    /// Without `force`, refused while tasks are meant to run there. With it, ECS orphans those tasks (they
    /// go on running, unaccounted for) and services start copies elsewhere; here they are stopped, as
    /// the agent does with what it no longer manages, so the dashboard shows where they went.
    ///
    /// An instance from one of the simulated Auto Scaling groups stays InService in its group: the EC2
    /// instance is still running, so the group does not replace it, managed scaling doesn't terminate it
    /// (it is no idle registered instance), and its agent does not register it again on its own; a
    /// RegisterContainerInstance for it does.
    func deregisterContainerInstance(cluster: String, instance: String, force: Bool) throws(ECSError) {
        guard let c = clusterIndex(referencedBy: cluster) else { throw .clusterNotFound() }
        // Wording not confirmed; the same as UpdateContainerInstancesState's.
        guard let key = localID(instance, .containerInstance, inCluster: c).flatMap({ capacity.instance(id: $0, inCluster: c) }) else {
            throw .invalidParameter("The referenced container instance \(instance) was not found.")
        }
        // Deregistering again changes nothing, as for a stopped task.
        guard self[instance: key].status != .inactive else { return }
        let tasks = activeTaskIDs(on: key)
        guard force || tasks.isEmpty else { throw .invalidParameter("Found running tasks on the instance.") }
        // Stopped while the instance still has its status, so draining counts come off as for any stop.
        let reason = "Container instance \(self[instance: key].id) was deregistered."
        for id in tasks { requestStop(id, code: .userInitiated, reason: reason) }
        deactivate(key)
    }
}
