/// TagResource and UntagResource.
extension Simulator {
    func tagResource(_ arn: String, tags: [ResourceTag]) throws(ECSError) {
        throw .client("TagResource is not supported by the ecstop simulation yet.")
    }

    func untagResource(_ arn: String, tagKeys: [String]) throws(ECSError) {
        throw .client("UntagResource is not supported by the ecstop simulation yet.")
    }
}
