import Dashboard
import Testing

@Suite struct KeymapTests {
    let snapshot = SnapshotFixture.make()

    @Test func standardKeymapHasNoClashes() {
        let clashes = Keymap.standard.clashes
        #expect(clashes.isEmpty, "clashing keys: \(clashes.map { "\($0.key.displayName): \($0.labels)" })")
    }

    @Test func standardKeymapLeavesTmuxAndScreenPrefixesAlone() {
        for prefix in [Key.control("b"), .control("a")] {
            #expect(Keymap.standard.action(for: prefix) == nil, "\(prefix.displayName)")
        }
    }

    @Test func overridingReplacesOnlyTheGivenActions() {
        let keymap = Keymap.standard.overriding([(.toggleHelp, [.function(1)])])
        #expect(keymap.action(for: .function(1)) == .toggleHelp)
        #expect(keymap.action(for: .character("?")) == nil)
        #expect(keymap.action(for: .character("q")) == .quit)
        #expect(keymap.bindings.count == Keymap.standard.bindings.count)
        #expect(keymap.bindings.first { $0.action == .toggleHelp }?.footer?.keys == "F1")
    }

    @Test func clashesAreFound() {
        let keymap = Keymap(bindings: [
            KeyBinding([.character("x")], .quit, "quit"),
            KeyBinding([.character("x")], .toggleHelp, "help"),
        ])
        #expect(keymap.clashes.count == 1)
        #expect(keymap.clashes.first?.labels == ["quit", "help"])
    }

    @Test func everyBindingIsLabelledAndHasKeys() {
        for binding in Keymap.standard.bindings {
            #expect(!binding.label.isEmpty)
            #expect(!binding.keys.isEmpty, "\(binding.label) has keys")
        }
    }

    @Test func uiNotesKeysAreBound() {
        let keymap = Keymap.standard
        let expected: [Key: Action] = [
            .up: .moveSelection(.up), .character("j"): .moveSelection(.down), .character("G"): .moveSelection(.bottom),
            .tab: .focusNext, .backTab: .focusPrevious, .character("3"): .focus(.tasks), .enter: .drillIn,
            .escape: .back, .character("+"): .scaleService(by: 1), .character("-"): .scaleService(by: -1),
            .character("S"): .setDesiredCount, .character("K"): .killTask, .character("D"): .drainInstance,
            .character("A"): .activateInstance, .character(" "): .togglePause, .character("?"): .toggleHelp,
            .character("q"): .quit, .control("c"): .quit, .character(":"): .openCommandLine,
        ]
        for (key, action) in expected {
            #expect(keymap.action(for: key) == action, "\(key.displayName)")
        }
    }

    @Test func dangerousActionsAskBeforeActing() {
        // Every dangerous action opens a confirmation and sends nothing until `y`.
        for binding in Keymap.standard.bindings where binding.traits.contains(.confirms) {
            var dashboard = Dashboard()
            _ = dashboard.handle(.character("4"), in: snapshot)  // focus instances so drain has a target
            let commands = dashboard.handle(binding.keys[0], in: snapshot)
            #expect(commands.isEmpty, "\(binding.label) sent nothing yet")
            guard case .confirmation = dashboard.state.overlay else {
                Issue.record("\(binding.label) did not ask for confirmation")
                continue
            }
            let confirmed = dashboard.handle(.character("y"), in: snapshot)
            #expect(!confirmed.isEmpty, "\(binding.label) acts on y")
        }
    }

    @Test func declinedConfirmationSendsNothing() {
        var dashboard = Dashboard()
        _ = dashboard.handle(.character("K"), in: snapshot)
        #expect(dashboard.handle(.character("n"), in: snapshot).isEmpty)
        #expect(dashboard.state.overlay == nil)
    }
}
