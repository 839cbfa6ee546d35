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
        let cases: [(String, [ControlPlaneCommand])] = [
            ("scale api 7", [.updateService(cluster: "prod", service: "api", desiredCount: 7)]),
            ("kill \(SnapshotFixture.hex(5).prefix(6))", [.stopTask(cluster: "prod", task: SnapshotFixture.hex(5), reason: "Task stopped by user")]),
            ("drain \(instance.ec2InstanceID.prefix(8))", [.updateContainerInstancesState(cluster: "prod", containerInstances: [instance.id], status: .draining)]),
            ("activate \(instance.id.prefix(6))", [.updateContainerInstancesState(cluster: "prod", containerInstances: [instance.id], status: .active)]),
            ("speed 10", [.setSpeed(10)]),
            ("pause", [.setPaused(true)]),
        ]
        for (line, expected) in cases {
            var dashboard = Dashboard()
            _ = dashboard.handle(.character(":"), in: snapshot)
            _ = type(line, into: &dashboard)
            #expect(dashboard.handle(.enter, in: snapshot) == expected, "\(line)")
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
