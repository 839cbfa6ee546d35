@testable import Dashboard
import Testing

/// Read-only mode and the simulation-only keys are decided once, by `ActionGate` from each action's
/// traits: every binding and every `:` verb is tried in each mode, and whatever reaches the control plane
/// is checked against the model's own fact (`ControlPlaneCommand.isMutating`).
@Suite struct ActionGateTests {
    let simulation = SnapshotFixture.make()
    var endpoint: ControlPlaneSnapshot {
        var snapshot = SnapshotFixture.make()
        snapshot.source = .remote(endpoint: "http://127.0.0.1:5000", stale: false)
        return snapshot
    }

    // MARK: - Driving the dashboard

    /// Keys that give `action` something to act on in the fixture (a running task, a draining instance).
    private func setup(for action: Action) -> [Key] {
        switch action {
        case .killTask: [.character("3")]
        case .drainInstance: [.character("4")]
        case .activateInstance: [.character("4"), .down]  // the second instance is DRAINING
        default: []
        }
    }

    /// Answers whatever dialog is open the way a user going ahead would, and returns what was sent.
    private func goAhead(_ dashboard: inout Dashboard, in snapshot: ControlPlaneSnapshot) -> [ControlPlaneCommand] {
        var commands: [ControlPlaneCommand] = []
        for _ in 0..<4 {
            switch dashboard.state.overlay {
            case .prompt:
                commands += dashboard.handle(.character("3"), in: snapshot)
                commands += dashboard.handle(.enter, in: snapshot)
            case .faultMenu: commands += dashboard.handle(.character("1"), in: snapshot)
            case .confirmation: commands += dashboard.handle(.character("y"), in: snapshot)
            default: return commands
            }
        }
        return commands
    }

    /// Presses `binding`'s first key after its setup, goes ahead with any dialog; everything sent.
    private func press(
        _ binding: KeyBinding, readOnly: Bool, in snapshot: ControlPlaneSnapshot
    ) -> (dashboard: Dashboard, opened: Overlay?, commands: [ControlPlaneCommand]) {
        var dashboard = Dashboard(readOnly: readOnly)
        var commands: [ControlPlaneCommand] = []
        for key in setup(for: binding.action) { commands += dashboard.handle(key, in: snapshot) }
        commands += dashboard.handle(binding.keys[0], in: snapshot)
        let opened = dashboard.state.overlay
        commands += goAhead(&dashboard, in: snapshot)
        return (dashboard, opened, commands)
    }

    /// A line each verb can act on in the fixture; nil for a verb added without one here.
    private func example(of verb: CommandVerb) -> String? {
        let instances = simulation.clusters[0].instances
        return switch verb.name {
        case "scale": "scale web 5"
        case "kill": "kill \(SnapshotFixture.hex(1).prefix(6))"
        case "drain": "drain \(instances[0].id.prefix(6))"
        case "activate": "activate \(instances[1].id.prefix(6))"
        case "deploy": "deploy web 2"
        case "redeploy": "redeploy web"
        case "describe": "describe web"
        case "logs": "logs web"
        case "detail": "detail web"
        case "filter": "filter web"
        case "sort": "sort"
        case "fault": "fault az us-east-1a"
        case "cluster": "cluster staging"
        case "theme": "theme mono"
        case "speed": "speed 10"
        case "pause": "pause"
        case "resume": "resume"
        case "step": "step"
        case "help": "help"
        case "quit": "quit"
        default: nil
        }
    }

    /// Types `line` on the command line, goes ahead with any dialog; everything sent.
    private func type(
        _ line: String, readOnly: Bool, in snapshot: ControlPlaneSnapshot
    ) -> (dashboard: Dashboard, opened: Overlay?, commands: [ControlPlaneCommand]) {
        var dashboard = Dashboard(readOnly: readOnly)
        var commands = dashboard.handle(.character(":"), in: snapshot)
        for c in line { commands += dashboard.handle(.character(c), in: snapshot) }
        commands += dashboard.handle(.enter, in: snapshot)
        let opened = dashboard.state.overlay
        commands += goAhead(&dashboard, in: snapshot)
        return (dashboard, opened, commands)
    }

    // MARK: - Keys

    @Test(arguments: Keymap.standard.bindings)
    func readOnlyRefusesABindingThatChangesTheClusterBeforeAskingAnything(_ binding: KeyBinding) {
        let (dashboard, opened, commands) = press(binding, readOnly: true, in: simulation)
        #expect(!commands.contains { $0.isMutating }, "\(binding.label) sent \(commands)")
        if binding.traits.contains(.changesCluster) {
            #expect(commands.isEmpty)
            #expect(opened == nil, "\(binding.label) opened \(String(describing: opened))")
            #expect(dashboard.state.status == StatusMessage("read-only mode: \(binding.label) is disabled", isError: true))
        } else {
            #expect(dashboard.state.status?.text.hasPrefix("read-only mode") != true, "\(binding.label)")
        }
    }

    @Test(arguments: Keymap.standard.bindings)
    func normalModeSendsWhatABindingDeclares(_ binding: KeyBinding) {
        let (dashboard, opened, commands) = press(binding, readOnly: false, in: simulation)
        if binding.traits.contains(.changesCluster) {
            #expect(!commands.isEmpty, "\(binding.label) reached the control plane: \(String(describing: dashboard.state.status))")
        }
        // The action's trait and the model's fact about what it sent agree.
        for command in commands {
            #expect(command.isMutating == binding.traits.contains(.changesCluster), "\(binding.label): \(command)")
        }
        if binding.traits.contains(.confirms) {
            guard case .confirmation = opened else {
                Issue.record("\(binding.label) confirms before acting, but opened \(String(describing: opened))")
                return
            }
        }
    }

    @Test(arguments: Keymap.standard.bindings)
    func anEndpointRefusesSimulationOnlyBindings(_ binding: KeyBinding) {
        let (dashboard, opened, commands) = press(binding, readOnly: false, in: endpoint)
        let refusal = StatusMessage("\(binding.label) only applies to the simulation", isError: true)
        #expect(!commands.contains { $0.isTheSimulations }, "\(binding.label) sent \(commands) to an endpoint")
        if binding.traits.contains(.simulationOnly) {
            #expect(commands.isEmpty)
            #expect(opened == nil)
            #expect(dashboard.state.status == refusal)
        } else {
            #expect(dashboard.state.status != refusal)
        }
    }

    // MARK: - `:` verbs

    @Test(arguments: CommandVerb.all.map(\.name))
    func readOnlyRefusesAVerbThatChangesTheClusterAsItsKeyIsRefused(_ name: String) throws {
        let verb = try #require(CommandVerb.named(name))
        let line = try #require(example(of: verb), "an example line for :\(name)")
        let (dashboard, opened, commands) = type(line, readOnly: true, in: simulation)
        #expect(!commands.contains { $0.isMutating }, ":\(line) sent \(commands)")
        if verb.action?.traits.contains(.changesCluster) == true {
            #expect(commands.isEmpty)
            #expect(opened == nil, ":\(line) opened \(String(describing: opened))")
            #expect(dashboard.state.status == StatusMessage("read-only mode: \(name) is disabled", isError: true))
        } else {
            #expect(dashboard.state.status?.text.hasPrefix("read-only mode") != true, ":\(line)")
        }
    }

    @Test(arguments: CommandVerb.all.map(\.name))
    func normalModeSendsWhatAVerbDeclares(_ name: String) throws {
        let verb = try #require(CommandVerb.named(name))
        let line = try #require(example(of: verb), "an example line for :\(name)")
        let (dashboard, _, commands) = type(line, readOnly: false, in: simulation)
        let changes = verb.action?.traits.contains(.changesCluster) == true
        if changes {
            #expect(!commands.isEmpty, ":\(line) reached the control plane: \(String(describing: dashboard.state.status))")
        }
        for command in commands {
            #expect(command.isMutating == changes, ":\(line): \(command)")
        }
    }

    @Test(arguments: CommandVerb.all.map(\.name))
    func anEndpointRefusesSimulationOnlyVerbs(_ name: String) throws {
        let verb = try #require(CommandVerb.named(name))
        let line = try #require(example(of: verb), "an example line for :\(name)")
        let (dashboard, opened, commands) = type(line, readOnly: false, in: endpoint)
        let refusal = StatusMessage("\(name) only applies to the simulation", isError: true)
        #expect(!commands.contains { $0.isTheSimulations }, ":\(line) sent \(commands) to an endpoint")
        if verb.action?.traits.contains(.simulationOnly) == true {
            #expect(commands.isEmpty)
            #expect(opened == nil)
            #expect(dashboard.state.status == refusal)
        } else {
            #expect(dashboard.state.status != refusal)
        }
    }

    @Test func aVerbAndTheKeyForTheSameActionAreRefusedByOneTrait() throws {
        // `:scale` and S are one action; so are `:fault` and F.
        for (line, key) in [("scale web 5", Key.character("S")), ("fault az us-east-1a", .character("F"))] {
            let verb = try #require(CommandInterpreter.verb(of: line))
            #expect(verb.action == Keymap.standard.action(for: key), "\(line)")
            #expect(type(line, readOnly: true, in: simulation).dashboard.state.status?.isError == true)
        }
    }

    // MARK: - What read-only mode shows

    @Test func readOnlyFooterAndHelpOfferNoKeyThatChangesTheCluster() {
        let changing = Keymap.standard.bindings.filter { $0.action.traits.contains(.changesCluster) }
        #expect(!changing.isEmpty)
        for readOnly in [false, true] {
            var dashboard = Dashboard(readOnly: readOnly)
            dashboard.resize(width: 240, height: 60)
            let footer = dashboard.render(simulation, width: 240, height: 60).lines.last!
            let help = OverlayView.helpLines(keymap: .standard, readOnly: readOnly, simulated: true)
            #expect(footer.contains("[read-only]") == readOnly)
            for binding in changing {
                if let hint = binding.footer {
                    #expect(footer.contains("\(hint.keys) \(hint.label)") == !readOnly, "footer, read-only \(readOnly): \(hint)")
                }
                #expect(help.contains { $0.hasSuffix(binding.label) || $0.hasSuffix(binding.label + "  (confirms)") } == !readOnly,
                        "help, read-only \(readOnly): \(binding.label)")
            }
        }
    }

    @Test func theHelpListsNoSimulationOnlyVerbOnAnEndpoint() {
        let help = CommandInterpreter.helpLines(simulated: false).joined(separator: " ")
        let words = Set(help.split { !$0.isLetter && $0 != "-" }.map(String.init))
        for verb in CommandVerb.all {
            let simulationOnly = verb.action?.traits.contains(.simulationOnly) == true
            #expect(words.contains(verb.name) == !simulationOnly, ":\(verb.name) on an endpoint's help")
        }
        let simulatedHelp = CommandInterpreter.helpLines(simulated: true).joined(separator: " ")
        for verb in CommandVerb.all {
            #expect(simulatedHelp.contains(verb.name), ":\(verb.name) in the simulation's help")
        }
    }

    // MARK: - Every path at once

    /// Seeded random keys — bindings, dialog answers, digits, mouse, whole `:` lines — in read-only mode:
    /// whatever path they take, nothing that changes the cluster comes out.
    @Test func noSequenceOfKeysChangesTheClusterInReadOnlyMode() {
        var keys = Keymap.standard.bindings.flatMap(\.keys).filter { $0 != .character("q") && $0 != .control("c") }
        keys += [.character("y"), .character("Y"), .enter, .character("1"), .character("2"), .character("3")]
        keys += [.mouse(MouseEvent(x: 30, y: 12, kind: .click)), .mouse(MouseEvent(x: 30, y: 12, kind: .wheelDown))]
        let lines = CommandVerb.all.filter { $0.name != "quit" }.compactMap(example(of:))
        var random = SeededSequence(seed: 11)
        var sent: [ControlPlaneCommand] = []
        var dashboard = Dashboard(readOnly: true)
        dashboard.resize(width: 120, height: 36)
        for _ in 0..<3000 {
            if random.next(below: 8) == 0 {
                sent += dashboard.handle(.escape, in: simulation)
                sent += dashboard.handle(.character(":"), in: simulation)
                for c in lines[random.next(below: lines.count)] { sent += dashboard.handle(.character(c), in: simulation) }
                sent += dashboard.handle(.enter, in: simulation)
            } else {
                sent += dashboard.handle(keys[random.next(below: keys.count)], in: simulation)
            }
        }
        #expect(!dashboard.isFinished)
        #expect(!sent.isEmpty, "time control still reaches the simulation")
        #expect(sent.filter(\.isMutating).isEmpty)
    }
}

extension ControlPlaneCommand {
    /// Time control and faults, which an endpoint has no notion of: what the tests look for instead of
    /// reading the traits they check.
    fileprivate var isTheSimulations: Bool {
        switch self {
        case .injectFault, .setPaused, .setSpeed, .stepToNextEvent: true
        default: false
        }
    }
}

/// A small deterministic generator, so the random walk is the same on every run.
private struct SeededSequence {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next(below bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }
}
