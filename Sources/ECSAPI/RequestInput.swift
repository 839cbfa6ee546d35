import ECSModel

/// An operation's input members with the checks botocore's model implies: a member of the wrong type
/// is a SerializationException, a missing required one an InvalidParameterException, as ECS answers.
struct RequestInput {
    let members: [String: JSONValue]

    init(_ body: JSONValue) throws(ECSError) {
        guard case .object(let list) = body else {
            throw ECSError("SerializationException", "The request body must be a JSON object.")
        }
        var members: [String: JSONValue] = [:]
        // null means absent, as botocore's serializers treat it.
        for member in list where member.value != .null { members[member.key] = member.value }
        self.members = members
    }

    private func wrongType(_ key: String, _ expected: String) -> ECSError {
        ECSError("SerializationException", "Member \(key) must be \(expected).")
    }

    static func missing(_ key: String) -> ECSError { .invalidParameter("\(key) is a required parameter.") }

    func string(_ key: String) throws(ECSError) -> String? {
        guard let value = members[key] else { return nil }
        guard case .string(let string) = value else { throw wrongType(key, "a string") }
        return string
    }

    func requiredString(_ key: String) throws(ECSError) -> String {
        guard let string = try string(key) else { throw Self.missing(key) }
        return string
    }

    func integer(_ key: String) throws(ECSError) -> Int? {
        guard let value = members[key] else { return nil }
        guard case .integer(let integer) = value else { throw wrongType(key, "an integer") }
        return integer
    }

    func bool(_ key: String) throws(ECSError) -> Bool? {
        guard let value = members[key] else { return nil }
        guard case .bool(let flag) = value else { throw wrongType(key, "a boolean") }
        return flag
    }

    func strings(_ key: String) throws(ECSError) -> [String]? {
        guard let value = members[key] else { return nil }
        guard case .array(let elements) = value else { throw wrongType(key, "a list of strings") }
        var strings: [String] = []
        for element in elements {
            guard case .string(let string) = element else { throw wrongType(key, "a list of strings") }
            strings.append(string)
        }
        return strings
    }

    /// A list of structures, each as its own input.
    func structures(_ key: String) throws(ECSError) -> [RequestInput]? {
        guard let value = members[key] else { return nil }
        guard case .array(let elements) = value else { throw wrongType(key, "a list of structures") }
        var inputs: [RequestInput] = []
        for element in elements {
            guard case .object = element else { throw wrongType(key, "a list of structures") }
            inputs.append(try RequestInput(element))
        }
        return inputs
    }

    func structure(_ key: String) throws(ECSError) -> RequestInput? {
        guard let value = members[key] else { return nil }
        guard case .object = value else { throw wrongType(key, "a structure") }
        return try RequestInput(value)
    }

    /// A string member that must be one of an enum's raw values.
    func enumeration<Value: RawRepresentable<String>>(_ key: String, _ type: Value.Type) throws(ECSError) -> Value? {
        guard let text = try string(key) else { return nil }
        guard let value = Value(rawValue: text) else {
            throw .invalidParameter("\(text) is not a valid value for \(key).")
        }
        return value
    }
}
