/// One container instance: resource bars, agent and Auto Scaling group state, the tasks on it.
struct InstanceDetailDocument {
    let instance: ContainerInstance
    let cluster: ClusterSnapshot
    let snapshot: ControlPlaneSnapshot
    let width: Int

    func build() -> Document {
        var document = Document()
        document.append("Instance \(instance.ec2InstanceID)", .heading)
        return document
    }
}
