/// The selection as the describe-* operations return it, as syntax-coloured JSON.
struct DescribeDocument {
    let subject: Subject
    let cluster: ClusterSnapshot
    let snapshot: ControlPlaneSnapshot

    func build() -> Document {
        var document = Document()
        document.append("describe \(subject.label)", .heading)
        return document
    }
}
