import Testing
@testable import Simulator

/// `Deployments`' throttle decisions on their own; ThrottlingTests shows them through a whole simulation.
@Suite struct DeploymentsTests {
    private let key = ServiceKey(cluster: 0, service: 0)

    @Test func backsOffAtTheThirdStartFailureAndAsksForOneWakeUp() {
        var deployments = Deployments()
        deployments.begin(key, at: .seconds(10))
        for _ in 0..<2 { deployments.taskFailedToStart(key) }
        let afterTwo = deployments.backsOff(key, at: .seconds(20))
        #expect(!afterTwo)
        deployments.taskFailedToStart(key)
        let afterThree = deployments.backsOff(key, at: .seconds(20))
        #expect(afterThree)
        let first = deployments.launchVerdict(key, at: .seconds(25))
        #expect(first == .throttled(wakeAfter: .seconds(25)))
        let second = deployments.launchVerdict(key, at: .seconds(26))
        #expect(second == .throttled(wakeAfter: nil))
        deployments.throttleElapsed(key)
        let afterWait = deployments.launchVerdict(key, at: .seconds(50))
        #expect(afterWait == .allowed)
    }

    @Test func aTaskThatRunsStartsTheCountOver() {
        var deployments = Deployments()
        for _ in 0..<2 { deployments.taskFailedToStart(key) }
        deployments.taskStarted(key)
        deployments.taskFailedToStart(key)
        let backsOff = deployments.backsOff(key, at: .seconds(1))
        #expect(!backsOff)
        let verdict = deployments.launchVerdict(key, at: .seconds(1))
        #expect(verdict == .allowed)
    }
}
