/// RegisterContainerInstance and DeregisterContainerInstance.
extension Simulator {
    func registerContainerInstance(_ registration: ContainerInstanceRegistration) throws(ECSError) {
        throw .client("RegisterContainerInstance is not supported by the ecstop simulation yet.")
    }

    func deregisterContainerInstance(cluster: String, instance: String, force: Bool) throws(ECSError) {
        throw .client("DeregisterContainerInstance is not supported by the ecstop simulation yet.")
    }
}
