import Foundation

/// A parsed expression of ECS's cluster query language, as `memberOf` constraints use it:
///
///     attribute:ecs.instance-type =~ t3.*
///     attribute:ecs.availability-zone in [us-east-1a, us-east-1b] and attribute:stack exists
///     (attribute:stack == prod or attribute:stack == canary) and agentConnected == true
///
/// Subjects: `attribute:<name>`, `ec2InstanceId`, `agentConnected`. Operators: `==`/`equals`,
/// `!=`/`not_equals`, `>`, `>=`, `<`, `<=` (and their word forms; numeric when both sides are numbers),
/// `exists`, `!exists`/`not_exists`, `in`, `!in`/`not_in`, `=~`/`matches`, `!~`/`not_matches` (a
/// regular expression over the whole value). Combined with `and`/`&&`, `or`/`||` and parentheses; `and`
/// binds tighter than `or`.
///
/// Lives in ECSModel because both placement (`memberOf`) and the API server (ListContainerInstances'
/// `filter`) evaluate it.
///
/// Simplified: regular expressions can't contain parentheses, brackets or commas; the `registeredAt`,
/// `runningTasksCount` and `task:group` subjects are not supported (rejected as invalid); expressions
/// are evaluated when a service's eligibility is computed (instances' attributes don't change), so
/// `agentConnected` is read at that moment.
public indirect enum ClusterQuery: Sendable {
    case and(ClusterQuery, ClusterQuery)
    case or(ClusterQuery, ClusterQuery)
    case comparison(Subject, Operator, [String])

    public enum Subject: Hashable, Sendable {
        case attribute(String)
        case ec2InstanceID
        case agentConnected
    }

    public enum Operator: Hashable, Sendable {
        case equals, notEquals, greater, greaterOrEqual, less, lessOrEqual, exists, notExists, isIn, notIn
        case matches, notMatches
    }

    public struct ParseError: Error, Equatable {
        public var expression: String
    }

    /// ECS's limit on a placement constraint expression.
    public static let lengthLimit = 2_000
    /// Parentheses nest at most this deep: parsing, evaluating and freeing the tree all recurse.
    static let nestingLimit = 32

    /// Parses `expression`, or throws `ParseError` (also for one over `lengthLimit` characters).
    public init(parsing expression: String) throws(ParseError) {
        guard expression.count <= Self.lengthLimit else { throw ParseError(expression: expression) }
        var parser = Parser(tokens: Self.tokens(of: expression), expression: expression)
        self = try parser.parseOr()
        guard parser.atEnd else { throw ParseError(expression: expression) }
    }

    /// ECS's refusal of an expression it cannot parse. (Wording not confirmed; ECS answers
    /// InvalidParameterException for malformed constraints.)
    public static func invalidExpressionError(_ expression: String) -> ECSError {
        .invalidParameter("Invalid placement constraint expression: \(expression)")
    }

    // MARK: Evaluation

    /// Whether `instance` is a member of the set the expression describes.
    public func matches(_ instance: ContainerInstance) -> Bool {
        switch self {
        case .and(let lhs, let rhs): return lhs.matches(instance) && rhs.matches(instance)
        case .or(let lhs, let rhs): return lhs.matches(instance) || rhs.matches(instance)
        case .comparison(let subject, let op, let values):
            let value: String? = switch subject {
            case .attribute(let name): instance.attributes[name]
            case .ec2InstanceID: instance.ec2InstanceID
            case .agentConnected: instance.agentConnected ? "true" : "false"
            }
            return Self.evaluate(value, op, values)
        }
    }

    private static func evaluate(_ value: String?, _ op: Operator, _ operands: [String]) -> Bool {
        switch op {
        case .exists: return value != nil
        case .notExists: return value == nil
        default: break
        }
        guard let value else { return op == .notEquals || op == .notIn || op == .notMatches }
        let operand = operands.first ?? ""
        switch op {
        case .equals: return value == operand
        case .notEquals: return value != operand
        case .isIn: return operands.contains(value)
        case .notIn: return !operands.contains(value)
        case .matches, .notMatches:
            let matched = (try? Regex(operand)).map { (try? $0.wholeMatch(in: value)) != nil } ?? false
            return matched == (op == .matches)
        case .greater, .greaterOrEqual, .less, .lessOrEqual:
            let order: ComparisonResult
            if let l = Double(value), let r = Double(operand) {
                order = l < r ? .orderedAscending : l > r ? .orderedDescending : .orderedSame
            } else {
                order = value < operand ? .orderedAscending : value > operand ? .orderedDescending : .orderedSame
            }
            switch op {
            case .greater: return order == .orderedDescending
            case .greaterOrEqual: return order != .orderedAscending
            case .less: return order == .orderedAscending
            default: return order != .orderedDescending
            }
        case .exists, .notExists: return false
        }
    }

    // MARK: Tokens and grammar

    private static let symbols: [String] = ["==", "!=", "=~", "!~", ">=", "<=", "&&", "||", ">", "<", "(", ")", "[", "]", ","]

    /// Splits on whitespace and on the operator symbols, longest first.
    static func tokens(of expression: String) -> [String] {
        var tokens: [String] = []
        var word = ""
        var rest = Substring(expression)
        func flush() {
            if !word.isEmpty { tokens.append(word) }
            word = ""
        }
        while let first = rest.first {
            if first.isWhitespace {
                flush()
                rest = rest.dropFirst()
            } else if first == "!", !rest.hasPrefix("!="), !rest.hasPrefix("!~") {
                // `!exists` and `!in` are words that begin with `!`.
                word.append(first)
                rest = rest.dropFirst()
            } else if let symbol = symbols.first(where: { rest.hasPrefix($0) }) {
                flush()
                tokens.append(symbol)
                rest = rest.dropFirst(symbol.count)
            } else {
                word.append(first)
                rest = rest.dropFirst()
            }
        }
        flush()
        return tokens
    }

    private struct Parser {
        var tokens: [String]
        var expression: String
        var position = 0
        var depth = 0

        var atEnd: Bool { position == tokens.count }

        mutating func next() -> String? {
            guard position < tokens.count else { return nil }
            defer { position += 1 }
            return tokens[position]
        }

        func peek() -> String? { position < tokens.count ? tokens[position] : nil }

        var error: ParseError { ParseError(expression: expression) }

        mutating func parseOr() throws(ParseError) -> ClusterQuery {
            var lhs = try parseAnd()
            while let token = peek(), token == "or" || token == "||" {
                position += 1
                lhs = .or(lhs, try parseAnd())
            }
            return lhs
        }

        mutating func parseAnd() throws(ParseError) -> ClusterQuery {
            var lhs = try parsePrimary()
            while let token = peek(), token == "and" || token == "&&" {
                position += 1
                lhs = .and(lhs, try parsePrimary())
            }
            return lhs
        }

        mutating func parsePrimary() throws(ParseError) -> ClusterQuery {
            guard let token = next() else { throw error }
            if token == "(" {
                depth += 1
                guard depth <= ClusterQuery.nestingLimit else { throw error }
                let inner = try parseOr()
                guard next() == ")" else { throw error }
                depth -= 1
                return inner
            }
            let subject: Subject
            if token.hasPrefix("attribute:"), token.count > "attribute:".count {
                subject = .attribute(String(token.dropFirst("attribute:".count)))
            } else if token == "ec2InstanceId" {
                subject = .ec2InstanceID
            } else if token == "agentConnected" {
                subject = .agentConnected
            } else {
                throw error
            }
            guard let word = next(), let op = Self.operators[word] else { throw error }
            switch op {
            case .exists, .notExists:
                return .comparison(subject, op, [])
            case .isIn, .notIn:
                guard next() == "[" else { throw error }
                var values: [String] = []
                while true {
                    guard let value = next(), !Self.isSymbol(value) else { throw error }
                    values.append(value)
                    let separator = next()
                    if separator == "]" { break }
                    guard separator == "," else { throw error }
                }
                return .comparison(subject, op, values)
            default:
                guard let value = next(), !Self.isSymbol(value) else { throw error }
                if op == .matches || op == .notMatches, (try? Regex(value)) == nil { throw error }
                return .comparison(subject, op, [value])
            }
        }

        static func isSymbol(_ token: String) -> Bool { ["(", ")", "[", "]", ","].contains(token) }

        static let operators: [String: Operator] = [
            "==": .equals, "equals": .equals, "!=": .notEquals, "not_equals": .notEquals,
            ">": .greater, "greater_than": .greater, ">=": .greaterOrEqual, "greater_than_equal": .greaterOrEqual,
            "<": .less, "less_than": .less, "<=": .lessOrEqual, "less_than_equal": .lessOrEqual,
            "exists": .exists, "!exists": .notExists, "not_exists": .notExists,
            "in": .isIn, "!in": .notIn, "not_in": .notIn,
            "=~": .matches, "matches": .matches, "!~": .notMatches, "not_matches": .notMatches,
        ]
    }
}
