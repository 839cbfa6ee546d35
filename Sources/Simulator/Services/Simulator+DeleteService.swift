/// DeleteService.
extension Simulator {
    func deleteService(cluster: String, service: String, force: Bool) throws(ECSError) {
        throw .client("DeleteService is not supported by the ecstop simulation yet.")
    }
}
