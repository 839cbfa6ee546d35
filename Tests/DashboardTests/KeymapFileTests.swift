import Dashboard
import Foundation
import Testing

@Suite struct KeymapFileTests {
    @Test func overridesReplaceAnActionsKeysAndKeepTheRest() throws {
        let text = """
            # my keys
            quit: x
            move-down: [ctrl-n, down]
            help: "?"
            """
        let keymap = try KeymapFile.parse(text, file: "keys.yaml")
        #expect(keymap.action(for: .character("x")) == .quit)
        #expect(keymap.action(for: .character("q")) == nil, "q no longer quits")
        #expect(keymap.action(for: .control("c")) == nil, "the override replaces every key of the action")
        var dashboard = Dashboard(keymap: keymap)
        _ = dashboard.handle(.control("c"), in: SnapshotFixture.make())
        #expect(dashboard.isFinished, "an unbound Ctrl-C still quits")
        #expect(keymap.action(for: .control("n")) == .moveSelection(.down))
        #expect(keymap.action(for: .down) == .moveSelection(.down))
        #expect(keymap.action(for: .character("j")) == nil)
        #expect(keymap.action(for: .character("k")) == .moveSelection(.up), "actions not in the file keep their keys")
        #expect(keymap.bindings.map(\.label) == Keymap.standard.bindings.map(\.label), "labels stay")
        #expect(keymap.bindings.first { $0.action == .quit }?.footer?.keys == "x", "the footer shows the new key")
        #expect(keymap.bindings.first { $0.action == .quit }?.footer?.label == "quit")
        #expect(keymap.clashes.isEmpty)
    }

    @Test func footersNamingTwoKeysFollowEitherOverride() throws {
        let keymap = try KeymapFile.parse("scale-down: ctrl-x\nfaster: f9\n", file: "keys.yaml")
        #expect(keymap.bindings.first { $0.action == .scaleService(by: 1) }?.footer?.keys == "+/Ctrl-X")
        #expect(keymap.bindings.first { $0.action == .faster }?.footer?.keys == "</F9")
    }

    @Test func everyKeyNameReads() throws {
        let expected: [String: Key] = [
            "j": .character("j"), "K": .character("K"), "ctrl-r": .control("r"), "Ctrl-R": .control("r"),
            "space": .character(" "), "enter": .enter, "esc": .escape, "tab": .tab, "shift-tab": .backTab,
            "up": .up, "down": .down, "left": .left, "right": .right, "pgup": .pageUp, "pgdn": .pageDown,
            "home": .home, "end": .end, "f1": .function(1), "F12": .function(12), "?": .character("?"),
            "/": .character("/"), "backspace": .backspace, "delete": .delete,
        ]
        for (name, key) in expected {
            #expect(try KeymapFile.key(named: name).get() == key, "\(name)")
            #expect(try KeymapFile.key(named: KeymapFile.name(of: key)).get() == key, "\(name) round-trips")
        }
        for bad in ["", "ctrl-", "ctrl-ab", "ctrl-1", "f13", "f0", "hyper-x", "  ", "ctrl-i"] {
            #expect(throws: KeymapFile.KeyNameError.self, "\(bad)") { try KeymapFile.key(named: bad).get() }
        }
    }

    @Test func everyActionOfTheStandardKeymapHasAUniqueName() {
        let names = Keymap.standard.bindings.map(\.action.name)
        #expect(Set(names).count == names.count, "\(names)")
        for binding in Keymap.standard.bindings {
            let keys = binding.keys.map(KeymapFile.name(of:))
            let keymap = try? KeymapFile.parse("\(binding.action.name): [\(keys.map { "\"\($0)\"" }.joined(separator: ", "))]\n",
                                               file: "keys.yaml")
            #expect(keymap?.action(for: binding.keys[0]) == binding.action, "\(binding.action.name) binds by its name")
        }
    }

    @Test func clashesAreReportedWithTheirLines() {
        let text = """
            quit: x
            help: j
            describe: x
            """
        let error = problems(in: text)
        #expect(error?.problems.count == 2, "\(String(describing: error))")
        #expect(error?.problems.map(\.line) == [2, 3])
        #expect(error?.problems.first?.action == "help")
        #expect(error?.problems.first?.problem.contains("j is also bound to move-down") == true)
        #expect(error?.problems.last?.action == "describe")
        #expect(error?.problems.last?.problem.contains("x is also bound to quit") == true)
        #expect(error?.description.hasPrefix("/tmp/keys.yaml:2: help: j is also bound to move-down") == true,
                "\(String(describing: error))")
    }

    @Test func swappingTwoActionsKeysIsNoClash() throws {
        let keymap = try KeymapFile.parse("move-up: j\nmove-down: k\n", file: "keys.yaml")
        #expect(keymap.action(for: .character("j")) == .moveSelection(.up))
        #expect(keymap.action(for: .character("k")) == .moveSelection(.down))
    }

    @Test func unknownActionsAndBadKeysAreAllReportedAtOnce() {
        let text = """
            quit: x

            launch-missiles: m
            help: [f1, hyper-q]
            describe: { key: d }
            logs: []
            """
        let error = problems(in: text)
        let lines = error?.problems.map(\.line)
        #expect(lines == [3, 4, 5, 6], "\(String(describing: error))")
        guard error?.problems.count == 4 else { return }
        #expect(error?.problems[0].action == "launch-missiles")
        #expect(error?.problems[0].problem.hasPrefix("unknown action") == true)
        #expect(error?.problems[1].problem.contains("'hyper-q' is not a key") == true)
        #expect(error?.problems[2].problem == "expected a key or a list of keys")
        #expect(error?.problems[3].problem == "needs at least one key")
    }

    @Test func anActionGivenTwiceIsAProblem() {
        let error = problems(in: "quit: x\nhelp: h\nquit: y\n")
        #expect(error?.problems.count == 1)
        #expect(error?.problems.first?.line != nil)
        #expect(error?.description.contains("given twice: quit") == true, "\(String(describing: error))")
    }

    @Test func notYAMLOrNotAMappingIsOneProblemWithALine() {
        #expect(problems(in: "quit: [x\n")?.problems.count == 1)
        #expect(problems(in: "quit: [x\n")?.problems.first?.line != nil)
        #expect(problems(in: "- quit\n")?.problems.first?.line == 1)
    }

    @Test func yamlsOwnCharactersNeedQuotesAndTheProblemSaysSo() throws {
        let quoted = try KeymapFile.parse("help: \"?\"\ncommand-line: ':'\nfind: \"#\"\nscale-down: \"-\"\n", file: "k.yaml")
        #expect(quoted.action(for: .character("?")) == .toggleHelp)
        #expect(quoted.action(for: .character("#")) == .find)
        for bare in ["help: ?\n", "command-line: :\n", "find: #\n", "scale-down: -\n"] {
            let error = problems(in: bare)
            #expect(error?.problems.first?.line == 1, "\(bare)")
            #expect(error?.description.contains(#"quote the keys YAML itself uses"#) == true, "\(String(describing: error))")
        }
    }

    @Test func anEmptyOrMissingFileLeavesTheKeymapAsItIs() throws {
        #expect(try KeymapFile.parse("# nothing yet\n", file: "keys.yaml").bindings == Keymap.standard.bindings)
        #expect(try KeymapFile.load(path: "/nonexistent/keys.yaml").bindings == Keymap.standard.bindings)
    }

    @Test func theFileLivesInTheConfigFolder() {
        #expect(KeymapFile.path(environment: ["XDG_CONFIG_HOME": "/c", "HOME": "/h"]) == "/c/ecstop/keys.yaml")
        #expect(KeymapFile.path(environment: ["XDG_CONFIG_HOME": "", "HOME": "/h"]) == "/h/.config/ecstop/keys.yaml")
        #expect(KeymapFile.path(environment: [:]) == nil)
    }

    @Test func loadReadsTheFileAndNamesItInErrors() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ecstop-keys-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("keys.yaml").path
        try "quit: x\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try KeymapFile.load(path: path).action(for: .character("x")) == .quit)
        try "quit: x\nbogus: y\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect { try KeymapFile.load(path: path) } throws: { error in
            "\(error)".hasPrefix("\(path):2: bogus: unknown action")
        }
    }

    private func problems(in text: String) -> KeymapFileError? {
        do {
            _ = try KeymapFile.parse(text, file: "/tmp/keys.yaml")
            return nil
        } catch {
            return error
        }
    }
}
