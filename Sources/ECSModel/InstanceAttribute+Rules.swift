/// ECS's limits on custom attributes, per the API model: checked before anything is applied.
extension InstanceAttribute {
    /// At most this many in one PutAttributes or DeleteAttributes call.
    public static let perCallLimit = 10
    /// At most this many custom attributes on one container instance (AttributeLimitExceededException).
    public static let perInstanceLimit = 10
    public static let lengthLimit = 128

    /// Attributes ECS itself sets (`ecs.instance-type`, `ecs.availability-zone`, …): never changed by a call.
    public static func isReserved(_ name: String) -> Bool { name.hasPrefix("ecs.") }

    /// Counts toward `perInstanceLimit`: not ECS's own and not one of the agent's capabilities, which the
    /// agent registers by the dozen under `com.amazonaws.ecs.`.
    public static func isCustom(_ name: String) -> Bool { !isReserved(name) && !name.hasPrefix("com.amazonaws.ecs.") }

    /// A name as PutAttributes and DeleteAttributes take it: 1–128 letters, digits, `-_/\.`, not `ecs.*`.
    public static func validateName(_ name: String) throws(ECSError) {
        guard (1...lengthLimit).contains(name.count),
              name.unicodeScalars.allSatisfy({ isASCIIAlphanumeric($0) || "-_/\\.".unicodeScalars.contains($0) })
        else {
            throw .invalidParameter(
                "Attribute name \(name) is not valid: it must be 1 to \(lengthLimit) letters, numbers, hyphens, underscores, slashes, back slashes or periods.")
        }
        // Wording not confirmed against ECS.
        guard !isReserved(name) else { throw .invalidParameter("Attributes with the prefix 'ecs.' are reserved: \(name).") }
    }

    /// A value PutAttributes stores: empty (name only), or 1–128 letters, digits, `-_.@/\:` and inner spaces.
    public static func validateValue(_ value: String) throws(ECSError) {
        guard !value.isEmpty else { return }
        guard value.count <= lengthLimit, value.first != " ", value.last != " ",
              value.unicodeScalars.allSatisfy({ isASCIIAlphanumeric($0) || "-_.@/\\: ".unicodeScalars.contains($0) })
        else {
            throw .invalidParameter(
                "Attribute value \(value) is not valid: it must be 1 to \(lengthLimit) letters, numbers, hyphens, underscores, periods, at signs, slashes, back slashes, colons or spaces, not beginning or ending with a space.")
        }
    }

    private static func isASCIIAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }
}
