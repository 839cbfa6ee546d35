/// ECS's tag limits, shared by TagResource and the create calls that take `tags`, so a create with a bad
/// tag is refused before anything is created.
extension ResourceTag {
    public static let perResourceLimit = 50
    public static let keyLengthLimit = 128
    public static let valueLengthLimit = 256

    /// Checks `tags` as TagResource would on a resource that already has `existing`.
    public static func validate(_ tags: [ResourceTag], existing: [ResourceTag] = []) throws(ECSError) {
        for tag in tags {
            try validateKey(tag.key)
            guard tag.value.count <= valueLengthLimit else {
                throw .invalidParameter("Tag value exceeds the maximum length of \(valueLengthLimit) characters.")
            }
        }
        let keys = Set(existing.map(\.key)).union(tags.map(\.key))
        guard keys.count <= perResourceLimit else {
            throw .invalidParameter("A resource can have at most \(perResourceLimit) tags.")
        }
    }

    /// A key given to TagResource or UntagResource: 1–128 characters, not in the reserved `aws:` space.
    public static func validateKey(_ key: String) throws(ECSError) {
        guard (1...keyLengthLimit).contains(key.count) else {
            throw .invalidParameter("Tag key must be between 1 and \(keyLengthLimit) characters long.")
        }
        guard !key.lowercased().hasPrefix("aws:") else {
            throw .invalidParameter("Tag keys beginning with 'aws:' are reserved for AWS use.")
        }
    }

    /// `existing` with `tags` applied: a key already there takes the new value in place, new keys follow.
    public static func merging(_ tags: [ResourceTag], into existing: [ResourceTag]) -> [ResourceTag] {
        var merged = existing
        for tag in tags {
            if let k = merged.firstIndex(where: { $0.key == tag.key }) {
                merged[k].value = tag.value
            } else {
                merged.append(tag)
            }
        }
        return merged
    }
}
