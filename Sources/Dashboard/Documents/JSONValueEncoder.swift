import Foundation

/// Turns a wire shape into a `JSONValue` for the describe view: members in the order the shape encodes
/// them (the generated shapes declare botocore's order, and synthesized Codable encodes in declaration
/// order), absent ones left out, timestamps kept as timestamps so they print as the AWS CLI prints them.
/// Written here rather than through JSONEncoder, whose member order is Foundation's to choose.
struct JSONValueEncoder {
    func encode(_ value: some Encodable) throws -> JSONValue {
        let node = Node()
        try node.store(value, codingPath: [])
        return node.value
    }

    /// A value being built; containers write into it after it was handed out.
    final class Node {
        enum Content {
            case unset
            case leaf(JSONValue)
            case object([(key: String, node: Node)])
            case array([Node])
        }

        var content = Content.unset

        var value: JSONValue {
            switch content {
            case .unset: .object([])
            case .leaf(let value): value
            case .object(let members): .object(members.map { JSONValue.Member($0.key, $0.node.value) })
            case .array(let items): .array(items.map(\.value))
            }
        }

        func store(_ value: some Encodable, codingPath: [any CodingKey]) throws {
            switch value {
            case let date as Date: content = .leaf(.timestamp(date))
            case let string as String: content = .leaf(.string(string))
            case let flag as Bool: content = .leaf(.bool(flag))
            case let number as Int: content = .leaf(.integer(number))
            case let number as Int64: content = .leaf(.integer(Int(number)))
            case let number as Double: content = .leaf(.double(number))
            case let map as [String: String]:
                // A map's order is the dictionary's: by key, so the same value always reads the same.
                content = .object(map.sorted { $0.key < $1.key }.map { entry in
                    let node = Node()
                    node.content = .leaf(.string(entry.value))
                    return (entry.key, node)
                })
            default: try value.encode(to: NodeEncoder(node: self, codingPath: codingPath))
            }
        }

        func append(key: String) -> Node {
            let child = Node()
            if case .object(var members) = content {
                members.append((key, child))
                content = .object(members)
            } else {
                content = .object([(key, child)])
            }
            return child
        }

        func appendItem() -> Node {
            let child = Node()
            if case .array(var items) = content {
                items.append(child)
                content = .array(items)
            } else {
                content = .array([child])
            }
            return child
        }
    }

    struct NodeEncoder: Encoder {
        let node: Node
        let codingPath: [any CodingKey]
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            if case .object = node.content {} else { node.content = .object([]) }
            return KeyedEncodingContainer(KeyedContainer<Key>(node: node, codingPath: codingPath))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            if case .array = node.content {} else { node.content = .array([]) }
            return UnkeyedContainer(node: node, codingPath: codingPath)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer {
            SingleContainer(node: node, codingPath: codingPath)
        }
    }

    struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let node: Node
        let codingPath: [any CodingKey]

        mutating func encodeNil(forKey key: Key) throws {
            node.append(key: key.stringValue).content = .leaf(.null)
        }

        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            try node.append(key: key.stringValue).store(value, codingPath: codingPath + [key])
        }

        mutating func nestedContainer<NestedKey: CodingKey>(
            keyedBy keyType: NestedKey.Type, forKey key: Key
        ) -> KeyedEncodingContainer<NestedKey> {
            NodeEncoder(node: node.append(key: key.stringValue), codingPath: codingPath + [key]).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            NodeEncoder(node: node.append(key: key.stringValue), codingPath: codingPath + [key]).unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder {
            NodeEncoder(node: node.append(key: "super"), codingPath: codingPath)
        }

        mutating func superEncoder(forKey key: Key) -> any Encoder {
            NodeEncoder(node: node.append(key: key.stringValue), codingPath: codingPath + [key])
        }
    }

    struct UnkeyedContainer: UnkeyedEncodingContainer {
        let node: Node
        let codingPath: [any CodingKey]
        var count: Int {
            if case .array(let items) = node.content { return items.count }
            return 0
        }

        mutating func encodeNil() throws { node.appendItem().content = .leaf(.null) }

        mutating func encode<T: Encodable>(_ value: T) throws {
            try node.appendItem().store(value, codingPath: codingPath)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            NodeEncoder(node: node.appendItem(), codingPath: codingPath).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            NodeEncoder(node: node.appendItem(), codingPath: codingPath).unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder { NodeEncoder(node: node.appendItem(), codingPath: codingPath) }
    }

    struct SingleContainer: SingleValueEncodingContainer {
        let node: Node
        let codingPath: [any CodingKey]

        mutating func encodeNil() throws { node.content = .leaf(.null) }

        mutating func encode<T: Encodable>(_ value: T) throws {
            try node.store(value, codingPath: codingPath)
        }
    }
}
