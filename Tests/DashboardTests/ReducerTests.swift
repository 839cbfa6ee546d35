import Dashboard
import Testing

@Suite struct ReducerTests {
    let snapshot = SnapshotFixture.make()

    private func type(_ text: String, into dashboard: inout Dashboard) -> [ControlPlaneCommand] {
        var commands: [ControlPlaneCommand] = []
        for character in text { commands += dashboard.handle(.character(character), in: snapshot) }
        return commands
    }

    @Test func plusAndMinusScaleTheSelectedService() {
        var dashboard = Dashboard()
        #expect(dashboard.handle(.character("+"), in: snapshot) == [.updateService(cluster: "prod", service: "web", desiredCount: 4)])
        _ = dashboard.handle(.down, in: snapshot)  // services pane has focus: select api
        #expect(dashboard.handle(.character("-"), in: snapshot) == [.updateService(cluster: "prod", service: "api", desiredCount: 1)])
    }

    @Test func setCountPromptTakesDigitsOnly() {
        var dashboard = Dashboard()
        _ = dashboard.handle(.character("S"), in: snapshot)
        _ = type("1x2", into: &dashboard)
        #expect(dashboard.handle(.enter, in: snapshot) == [.updateService(cluster: "prod", service: "web", desiredCount: 12)])
    }

    @Test func killStopsTheSelectedTaskAfterConfirming() {
        var dashboard = Dashboard()
        _ = dashboard.handle(.character("3"), in: snapshot)
        _ = dashboard.handle(.down, in: snapshot)
        _ = dashboard.handle(.character("K"), in: snapshot)
        let commands = dashboard.handle(.character("y"), in: snapshot)
        #expect(commands == [.stopTask(cluster: "prod", task: SnapshotFixture.hex(2), reason: "Task stopped by user")])
    }

    @Test func afterAKillTheCursorStaysOnTheRowPosition() {
        var dashboard = Dashboard()
        _ = dashboard.handle(.character("3"), in: snapshot)
        _ = dashboard.handle(.character("K"), in: snapshot)
        _ = dashboard.handle(.character("y"), in: snapshot)
        // The stopped task moves to the bottom; the cursor stays on the first row: the next task.
        var after = snapshot
        after.clusters[0].services[0].tasks[0].desiredStatus = .stopped
        _ = dashboard.handle(.character("K"), in: after)
        #expect(dashboard.state.overlay.map { if case .confirmation(let c) = $0 { c.question } else { "" } }?
            .contains(SnapshotFixture.hex(2).prefix(12)) == true)
    }

    @Test func keysDoNothingButQuitOnATooSmallScreen() {
        var dashboard = Dashboard()
        dashboard.resize(width: 50, height: 12)
        for key: Key in [.character("3"), .character("K"), .character("y"), .character("+"), .character(":")] {
            #expect(dashboard.handle(key, in: snapshot).isEmpty)
        }
        #expect(dashboard.state.overlay == nil)
        _ = dashboard.handle(.character("q"), in: snapshot)
        #expect(dashboard.isFinished)
    }

    @Test func dangerousCommandLinesAskToConfirm() {
        for line in ["kill \(SnapshotFixture.hex(5).prefix(6))", "drain \(snapshot.clusters[0].instances[0].id.prefix(6))",
                     "fault crash \(SnapshotFixture.hex(5).prefix(6))"] {
            var dashboard = Dashboard()
            _ = dashboard.handle(.character(":"), in: snapshot)
            _ = type(line, into: &dashboard)
            #expect(dashboard.handle(.enter, in: snapshot).isEmpty, "\(line) waits for y")
            #expect(dashboard.handle(.character("y"), in: snapshot).count == 1, "\(line) acts on y")
        }
    }

    @Test func readOnlyRefusesTypedCommandsToo() {
        for line in ["scale web 9", "deploy web 4", "redeploy web"] {
            var dashboard = Dashboard(readOnly: true)
            _ = dashboard.handle(.character(":"), in: snapshot)
            _ = type(line, into: &dashboard)
            #expect(dashboard.handle(.enter, in: snapshot).isEmpty, "\(line)")
            #expect(dashboard.state.status?.isError == true)
        }
    }

    @Test func faultMenuOffersWhatFitsTheSelection() {
        var dashboard = Dashboard()
        _ = dashboard.handle(.character("3"), in: snapshot)
        _ = dashboard.handle(.character("F"), in: snapshot)
        guard case .faultMenu(let menu) = dashboard.state.overlay else { Issue.record("no fault menu"); return }
        #expect(menu.choices.count == 2)
        _ = dashboard.handle(.character("2"), in: snapshot)  // out of memory
        #expect(dashboard.handle(.character("y"), in: snapshot)
            == [.injectFault(.outOfMemory(cluster: "prod", task: SnapshotFixture.hex(1)))])
        _ = dashboard.handle(.character("2"), in: snapshot)
        _ = dashboard.handle(.character("F"), in: snapshot)
        _ = dashboard.handle(.enter, in: snapshot)
        #expect(dashboard.handle(.character("y"), in: snapshot)
            == [.injectFault(.failHealthChecks(cluster: "prod", service: "web", duration: .seconds(300)))])
    }

    @Test func deployAndRedeployUpdateTheService() {
        let cases: [(String, ControlPlaneCommand)] = [
            ("deploy web 4", .updateService(ServiceUpdate(cluster: "prod", service: "web", taskDefinition: "web:4"))),
            ("deploy web other:2", .updateService(ServiceUpdate(cluster: "prod", service: "web", taskDefinition: "other:2"))),
            ("redeploy api", .updateService(ServiceUpdate(cluster: "prod", service: "api", forceNewDeployment: true))),
        ]
        for (line, expected) in cases {
            var dashboard = Dashboard()
            _ = dashboard.handle(.character(":"), in: snapshot)
            _ = type(line, into: &dashboard)
            #expect(dashboard.handle(.enter, in: snapshot) == [expected], "\(line)")
        }
    }

    @Test func helpScrollingStopsAtTheEnd() {
        var dashboard = Dashboard()
        dashboard.resize(width: 80, height: 24)
        _ = dashboard.handle(.character("?"), in: snapshot)
        for _ in 0..<100 { _ = dashboard.handle(.character("j"), in: snapshot) }
        guard case .help(let bottom) = dashboard.state.overlay else { Issue.record("help closed"); return }
        _ = dashboard.handle(.character("k"), in: snapshot)
        #expect(dashboard.state.overlay == .help(offset: bottom - 1))
        #expect(bottom > 0 && bottom < 100)
    }

    @Test func drainRefusesAnInstanceThatIsNotActive() {
        var dashboard = Dashboard()
        _ = dashboard.handle(.character("4"), in: snapshot)
        _ = dashboard.handle(.down, in: snapshot)  // the DRAINING one
        #expect(dashboard.handle(.character("D"), in: snapshot).isEmpty)
        #expect(dashboard.state.overlay == nil)
        #expect(dashboard.state.status?.text.contains("only ACTIVE") == true)
    }

    @Test func commandLineRunsEveryVerb() {
        let instance = snapshot.clusters[0].instances[2]
        let draining = snapshot.clusters[0].instances[1]
        let cases: [(String, [ControlPlaneCommand])] = [
            ("scale api 7", [.updateService(cluster: "prod", service: "api", desiredCount: 7)]),
            ("kill \(SnapshotFixture.hex(5).prefix(6))", [.stopTask(cluster: "prod", task: SnapshotFixture.hex(5), reason: "Task stopped by user")]),
            ("drain \(instance.ec2InstanceID.prefix(8))", [.updateContainerInstancesState(cluster: "prod", containerInstances: [instance.id], status: .draining)]),
            ("activate \(draining.id.prefix(6))", [.updateContainerInstancesState(cluster: "prod", containerInstances: [draining.id], status: .active)]),
            ("speed 10", [.setSpeed(10)]),
            ("pause", [.setPaused(true)]),
        ]
        for (line, expected) in cases {
            var dashboard = Dashboard()
            _ = dashboard.handle(.character(":"), in: snapshot)
            _ = type(line, into: &dashboard)
            var commands = dashboard.handle(.enter, in: snapshot)
            if case .confirmation = dashboard.state.overlay { commands = dashboard.handle(.character("y"), in: snapshot) }
            #expect(commands == expected, "\(line)")
            #expect(dashboard.state.status?.isError == false, "\(line): \(dashboard.state.status?.text ?? "")")
        }
    }

    @Test func commandLineAnswersMistakesInTheStatusLine() {
        for line in ["frobnicate", "scale web", "scale nosuch 3", "scale web -1", "kill zzzz", "cluster nowhere", "theme no/such"] {
            var dashboard = Dashboard()
            _ = dashboard.handle(.character(":"), in: snapshot)
            _ = type(line, into: &dashboard)
            #expect(dashboard.handle(.enter, in: snapshot).isEmpty, "\(line)")
            #expect(dashboard.state.status?.isError == true, "\(line) is an error")
        }
    }

    @Test func commandLineHistoryAndCompletion() {
        var dashboard = Dashboard()
        _ = dashboard.handle(.character(":"), in: snapshot)
        _ = type("spe", into: &dashboard)
        _ = dashboard.handle(.tab, in: snapshot)
        #expect(dashboard.state.overlay == .commandLine("speed "))
        _ = type("5", into: &dashboard)
        _ = dashboard.handle(.enter, in: snapshot)
        _ = dashboard.handle(.character(":"), in: snapshot)
        _ = dashboard.handle(.up, in: snapshot)
        #expect(dashboard.state.overlay == .commandLine("speed 5"))
    }

    @Test func selectionFollowsItsRowWhenRowsMove() {
        var dashboard = Dashboard()
        _ = dashboard.handle(.down, in: snapshot)  // api
        var reordered = snapshot
        reordered.clusters[0].services.reverse()
        #expect(dashboard.handle(.character("+"), in: reordered) == [.updateService(cluster: "prod", service: "api", desiredCount: 3)])
    }

    @Test func focusMovesWithTabNumbersEnterAndEscape() {
        var dashboard = Dashboard()
        _ = dashboard.handle(.character("1"), in: snapshot)
        #expect(dashboard.state.focus == .clusters)
        _ = dashboard.handle(.enter, in: snapshot)
        #expect(dashboard.state.focus == .services)
        _ = dashboard.handle(.enter, in: snapshot)
        #expect(dashboard.state.focus == .tasks)
        _ = dashboard.handle(.escape, in: snapshot)
        #expect(dashboard.state.focus == .services)
        _ = dashboard.handle(.tab, in: snapshot)
        _ = dashboard.handle(.tab, in: snapshot)
        #expect(dashboard.state.focus == .instances)
        _ = dashboard.handle(.backTab, in: snapshot)
        #expect(dashboard.state.focus == .tasks)
    }

    @Test func enterOnAnInstanceListsTheTasksOnIt() {
        var dashboard = Dashboard()
        _ = dashboard.handle(.character("4"), in: snapshot)
        _ = dashboard.handle(.enter, in: snapshot)
        let screen = dashboard.render(snapshot, width: 120, height: 36).text
        let instance = snapshot.clusters[0].instances[0]
        #expect(screen.contains("Tasks · \(instance.ec2InstanceID) (3)"))
    }

    @Test func selectingAnotherClusterScopesThePanes() {
        var dashboard = Dashboard()
        _ = dashboard.handle(.character("1"), in: snapshot)
        _ = dashboard.handle(.down, in: snapshot)
        let screen = dashboard.render(snapshot, width: 120, height: 36).text
        #expect(screen.contains("Services · staging"))
        #expect(screen.contains("no services"))
    }

    @Test func unknownKeysAreAnsweredNotIgnoredSilently() {
        var dashboard = Dashboard()
        #expect(dashboard.handle(.character("Z"), in: snapshot).isEmpty)
        #expect(dashboard.state.status?.isError == true)
        #expect(dashboard.handle(.function(7), in: snapshot).isEmpty)
    }

    @Test func speedStepsStayWithinRange() {
        var dashboard = Dashboard()
        #expect(dashboard.handle(.character(">"), in: snapshot) == [.setSpeed(2)])
        #expect(dashboard.handle(.character("<"), in: snapshot) == [.setSpeed(0.5)])
    }

    @Test func quitFromAnywhere() {
        var dashboard = Dashboard()
        _ = dashboard.handle(.character("?"), in: snapshot)
        _ = dashboard.handle(.control("c"), in: snapshot)
        #expect(dashboard.isFinished)
    }
}
