import Foundation
import Yams

/// Reads `keys.yaml`: a mapping from action name (`quit`, `move-down`, … as `Action.name` spells them)
/// to a key or a list of keys (`quit: x`, `move-down: [j, ctrl-n]`). An action in the file gets exactly
/// those keys; the others keep theirs. Labels and the help stay as they are.
public enum KeymapFile {
    /// Where the user's file lives: `$XDG_CONFIG_HOME/ecstop/keys.yaml`, else `~/.config/ecstop/keys.yaml`.
    public static func path(environment: [String: String]) -> String? {
        if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty { return config + "/ecstop/keys.yaml" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.config/ecstop/keys.yaml" }
        return nil
    }

    /// The keymap from the file at `path`; `base` unchanged when there is no such file.
    public static func load(path: String, base: Keymap = .standard) throws(KeymapFileError) -> Keymap {
        guard let data = FileManager.default.contents(atPath: path) else { return base }
        guard let text = String(data: data, encoding: .utf8) else {
            throw KeymapFileError(file: path, problems: [.init(problem: "not UTF-8 text")])
        }
        return try parse(text, file: path, base: base)
    }

    /// `base` with the file's overrides applied. Throws every problem at once: YAML that does not parse,
    /// unknown action names, keys that cannot be read, and keys that end up bound to two actions.
    public static func parse(_ text: String, file: String, base: Keymap = .standard) throws(KeymapFileError) -> Keymap {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw KeymapFileError(file: file, problems: [
                .init(line: error.line, problem: "not valid YAML (\(error.problem)); \(quotingHint)"),
            ])
        } catch {
            throw KeymapFileError(file: file, problems: [.init(problem: "not valid YAML")])
        }
        guard let root else { return base }
        guard let mapping = root.mapping else {
            throw KeymapFileError(file: file, problems: [
                .init(line: root.mark?.line, problem: "expected a mapping of action-name: key or [key, key]"),
            ])
        }
        let actions = Dictionary(base.bindings.map { ($0.action.name, $0.action) }) { first, _ in first }
        var problems: [KeymapFileError.Problem] = []
        var overrides: [(action: Action, keys: [Key], line: Int?)] = []
        for (nameNode, valueNode) in mapping {
            let name = nameNode.string ?? ""
            let line = nameNode.mark?.line
            guard let action = actions[name] else {
                problems.append(.init(line: line, action: name, problem: "unknown action (see ? for the actions; names: "
                    + "\(base.bindings.map(\.action.name).joined(separator: ", ")))"))
                continue
            }
            let keyNodes: [Node] = valueNode.sequence.map(Array.init) ?? [valueNode]
            var keys: [Key] = []
            for keyNode in keyNodes {
                guard let text = keyNode.scalar?.string else {
                    problems.append(.init(line: keyNode.mark?.line, action: name, problem: "expected a key or a list of keys"))
                    continue
                }
                guard !text.isEmpty else {
                    // `find: #` reads as a comment, so as no key at all.
                    problems.append(.init(line: keyNode.mark?.line ?? line, action: name, problem: "no key given; \(quotingHint)"))
                    continue
                }
                switch key(named: text) {
                case .success(let key): if !keys.contains(key) { keys.append(key) }
                case .failure(let why): problems.append(.init(line: keyNode.mark?.line, action: name, problem: why.problem))
                }
            }
            if keyNodes.isEmpty { problems.append(.init(line: line, action: name, problem: "needs at least one key")) }
            if !keys.isEmpty { overrides.append((action, keys, line)) }
        }
        let keymap = base.overriding(overrides.map { ($0.action, $0.keys) })
        problems += clashes(in: keymap, overrides: overrides)
        guard problems.isEmpty else {
            throw KeymapFileError(file: file, problems: problems.sorted { ($0.line ?? 0) < ($1.line ?? 0) })
        }
        return keymap
    }

    /// Keys an override binds that another action has too: reported on the override's line, once per
    /// pair (on the later line when both sides come from the file).
    private static func clashes(
        in keymap: Keymap, overrides: [(action: Action, keys: [Key], line: Int?)]
    ) -> [KeymapFileError.Problem] {
        var problems: [KeymapFileError.Problem] = []
        for (position, override) in overrides.enumerated() {
            for key in override.keys {
                for other in keymap.bindings where other.action != override.action && other.keys.contains(key) {
                    // A later override of the other action reports the pair itself.
                    guard !overrides[(position + 1)...].contains(where: { $0.action == other.action }) else { continue }
                    problems.append(.init(
                        line: override.line, action: override.action.name,
                        problem: "\(name(of: key)) is also bound to \(other.action.name) (\(other.label))"))
                }
            }
        }
        return problems
    }

    /// YAML's own characters mean something to YAML when they stand alone.
    static let quotingHint = ##"quote the keys YAML itself uses: "?", ":", "-", "#", "[", "{""##

    /// Why a key could not be read.
    public struct KeyNameError: Error, Hashable, Sendable {
        public var problem: String
    }

    private static let namedKeys: [String: Key] = [
        "space": .character(" "), "enter": .enter, "return": .enter, "esc": .escape, "escape": .escape,
        "tab": .tab, "shift-tab": .backTab, "backtab": .backTab, "up": .up, "down": .down, "left": .left,
        "right": .right, "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown,
        "home": .home, "end": .end, "backspace": .backspace, "delete": .delete, "del": .delete,
    ]

    /// Control keys that reach ecstop as another key (the terminal sends the same byte).
    private static let controlAliases: [Character: String] = ["h": "backspace", "i": "tab", "j": "enter", "m": "enter"]

    /// A key as written in the file: `j`, `K`, `?`, `ctrl-r`, `space`, `enter`, `esc`, `tab`, `shift-tab`,
    /// `up` … `right`, `pgup`, `pgdn`, `home`, `end`, `backspace`, `delete`, `f1` … `f12`.
    public static func key(named text: String) -> Result<Key, KeyNameError> {
        if text.count == 1, let character = text.first, !character.isWhitespace, !character.isNewline {
            return .success(.character(character))
        }
        let lowered = text.lowercased()
        if let key = namedKeys[lowered] { return .success(key) }
        if lowered.hasPrefix("ctrl-"), lowered.count == 6, let letter = lowered.last, letter.isASCII, letter.isLetter {
            if let alias = controlAliases[letter] {
                return .failure(KeyNameError(problem: "'\(text)' arrives as \(alias); bind \(alias) instead"))
            }
            return .success(.control(letter))
        }
        if lowered.hasPrefix("f"), let number = Int(lowered.dropFirst()), (1...12).contains(number) {
            return .success(.function(number))
        }
        return .failure(KeyNameError(problem: "'\(text)' is not a key (a character, ctrl-x, space, enter, esc, tab, "
            + "shift-tab, up, down, left, right, pgup, pgdn, home, end, backspace, delete, f1–f12)"))
    }

    /// How the file writes `key`: the inverse of `key(named:)`.
    public static func name(of key: Key) -> String {
        switch key {
        case .character(" "): "space"
        case .character(let c): String(c)
        case .control(let c): "ctrl-\(c)"
        case .up: "up"
        case .down: "down"
        case .left: "left"
        case .right: "right"
        case .pageUp: "pgup"
        case .pageDown: "pgdn"
        case .home: "home"
        case .end: "end"
        case .tab: "tab"
        case .backTab: "shift-tab"
        case .enter: "enter"
        case .escape: "esc"
        case .backspace: "backspace"
        case .delete: "delete"
        case .function(let n): "f\(n)"
        case .resize, .mouse: key.displayName
        }
    }
}
