/// Every key binding in one table. The help overlay and the footer are generated from it, so a
/// binding cannot exist without a label.
public struct Keymap: Sendable {
    public var bindings: [KeyBinding]
    private var actionByKey: [Key: Action]

    public init(bindings: [KeyBinding]) {
        self.bindings = bindings
        var actions: [Key: Action] = [:]
        for binding in bindings {
            for key in binding.keys where actions[key] == nil { actions[key] = binding.action }
        }
        actionByKey = actions
    }

    public func action(for key: Key) -> Action? { actionByKey[key] }

    /// Keys bound to more than one binding (a clash): each with the labels that claim it.
    public var clashes: [(key: Key, labels: [String])] {
        var labels: [Key: [String]] = [:]
        var order: [Key] = []
        for binding in bindings {
            for key in binding.keys {
                if labels[key] == nil { order.append(key) }
                labels[key, default: []].append(binding.label)
            }
        }
        return order.compactMap { key in labels[key]!.count > 1 ? (key, labels[key]!) : nil }
    }

    /// Bindings that apply: those the gate admits, so the footer and help never offer what a key
    /// press would refuse (cluster changes in read-only mode, time control on a real endpoint).
    public func applicable(readOnly: Bool, simulated: Bool) -> [KeyBinding] {
        let gate = ActionGate(readOnly: readOnly, simulated: simulated)
        return bindings.filter { gate.admits($0.action) }
    }

    /// The keys bound to `action`, for messages such as "press / to filter".
    public func keys(for action: Action) -> [Key] {
        bindings.filter { $0.action == action }.flatMap(\.keys)
    }

    /// This keymap with new keys for some actions (a user's `keys.yaml`): each listed action gets exactly
    /// those keys, labels stay, and a footer that showed the old key shows the new one.
    public func overriding(_ overrides: [(action: Action, keys: [Key])]) -> Keymap {
        var renamed: [String: String] = [:]
        for (action, keys) in overrides {
            guard let old = bindings.first(where: { $0.action == action })?.keys.first, let new = keys.first else { continue }
            renamed[old.displayName] = new.displayName
        }
        let changed = bindings.map { binding -> KeyBinding in
            var binding = binding
            if let override = overrides.first(where: { $0.action == binding.action }) { binding.keys = override.keys }
            if let footer = binding.footer { binding.footer = (Self.renaming(footer.keys, renamed), footer.label) }
            return binding
        }
        return Keymap(bindings: changed)
    }

    /// A footer's key text with renamed keys swapped: `+/-` and `n/N` name two keys, `<>` too.
    private static func renaming(_ text: String, _ renamed: [String: String]) -> String {
        if let new = renamed[text] { return new }
        if text.contains("/") {
            return text.split(separator: "/", omittingEmptySubsequences: false)
                .map { renamed[String($0)] ?? String($0) }.joined(separator: "/")
        }
        if text.count == 2, text.allSatisfy({ renamed[String($0)] != nil || !$0.isLetter }) {
            let parts = text.map { renamed[String($0)] ?? String($0) }
            return parts.allSatisfy { $0.count == 1 } ? parts.joined() : parts.joined(separator: "/")
        }
        return text
    }

    /// The defaults from the UI notes: what k9s, e1s and htop users already have in their fingers. Ctrl-B
    /// and Ctrl-A are left alone: tmux and screen take them as their prefix.
    public static let standard = Keymap(bindings: [
        KeyBinding([.up, .character("k")], .moveSelection(.up), "move up"),
        KeyBinding([.down, .character("j")], .moveSelection(.down), "move down"),
        KeyBinding([.pageUp, .control("u")], .moveSelection(.pageUp), "page up"),
        KeyBinding([.pageDown, .control("d")], .moveSelection(.pageDown), "page down"),
        KeyBinding([.home, .character("g")], .moveSelection(.top), "first row"),
        KeyBinding([.end, .character("G")], .moveSelection(.bottom), "last row"),
        KeyBinding([.tab, .right], .focusNext, "next pane"),
        KeyBinding([.backTab, .left], .focusPrevious, "previous pane"),
        KeyBinding([.character("1")], .focus(.clusters), "Clusters pane"),
        KeyBinding([.character("2")], .focus(.services), "Services pane"),
        KeyBinding([.character("3")], .focus(.tasks), "Tasks pane"),
        KeyBinding([.character("4")], .focus(.instances), "Instances pane"),
        KeyBinding([.character("5")], .focus(.events), "Events pane"),
        KeyBinding([.enter], .drillIn, "drill into the selection"),
        KeyBinding([.character("?")], .toggleHelp, "this help", footer: ("?", "help")),
        KeyBinding([.character("+"), .character("=")], .scaleService(by: 1), "scale service up by one",
                   footer: ("+/-", "scale")),
        KeyBinding([.character("-"), .character("_")], .scaleService(by: -1), "scale service down by one"),
        KeyBinding([.character("S")], .setDesiredCount, "set the service's desired count", footer: ("S", "set count")),
        KeyBinding([.character("K")], .killTask, "kill (stop) the selected or marked tasks", footer: ("K", "kill")),
        KeyBinding([.character("D")], .drainInstance, "drain the selected or marked instances", footer: ("D", "drain")),
        KeyBinding([.character("A")], .activateInstance, "re-activate the selected instance", footer: ("A", "activate")),
        KeyBinding([.character("F")], .openFaultMenu, "inject a fault into the selection", footer: ("F", "fault")),
        KeyBinding([.character("d")], .describe, "describe the selection", footer: ("d", "describe")),
        KeyBinding([.character("l")], .showLogs, "logs of the selected task or service", footer: ("l", "logs")),
        KeyBinding([.character("i")], .showDetail, "detail: service, instance or cluster overview", footer: ("i", "detail")),
        KeyBinding([.character("/")], .find, "filter the pane (! inverts) / search the view", footer: ("/", "find")),
        KeyBinding([.character("n")], .findNext, "next match", footer: ("n/N", "next")),
        KeyBinding([.character("N")], .findPrevious, "previous match"),
        KeyBinding([.character("f")], .toggleFollow, "follow new lines on / off", footer: ("f", "follow")),
        KeyBinding([.character("w")], .toggleWrap, "wrap long lines on / off", footer: ("w", "wrap")),
        KeyBinding([.character("t")], .toggleTimestamps, "timestamps on / off", footer: ("t", "time")),
        KeyBinding([.character("o")], .sortByNextColumn, "sort by the next column", footer: ("o", "sort")),
        KeyBinding([.character("O")], .reverseSort, "reverse the sort order"),
        KeyBinding([.character("v")], .toggleMark, "mark / unmark the row for a bulk kill or drain", footer: ("v", "mark")),
        KeyBinding([.character(":")], .openCommandLine, "command line", footer: (":", "command")),
        KeyBinding([.control("r")], .refresh, "read the endpoint again now", footer: ("Ctrl-R", "refresh")),
        KeyBinding([.character(" ")], .togglePause, "pause / resume the simulation", footer: ("space", "pause")),
        KeyBinding([.character(".")], .stepEvent, "step to the next simulated event (pauses)"),
        KeyBinding([.character("<")], .slower, "slower simulation"),
        KeyBinding([.character(">")], .faster, "faster simulation", footer: ("<>", "speed")),
        KeyBinding([.escape], .back, "go back, close, clear marks and filter", footer: ("Esc", "back")),
        KeyBinding([.character("[")], .historyBack, "previous view"),
        KeyBinding([.character("]")], .historyForward, "next view (after going back)"),
        KeyBinding([.character("q"), .control("c")], .quit, "quit", footer: ("q", "quit")),
    ])
}
