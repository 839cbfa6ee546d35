import Dashboard
import ECSModel
import Terminal

/// The interactive run loop: lets time pass on the control plane, renders a frame, then sleeps in the
/// terminal's key read until a key arrives or the next frame is due. One render per frame or key
/// burst, no busy waiting; when the simulation is paused it waits for keys alone.
final class InteractiveSession {
    private let controlPlane: any ControlPlane
    private var dashboard: Dashboard
    private let terminal: any TerminalScreen
    private let crashAfterFrames: Int?
    /// With the API served, other clients change the clusters too: redraw at least this often, even paused.
    private let longestWait: Duration?
    private let clock = ContinuousClock()

    /// Real time one frame may move the simulation at most.
    private static let longestStep = Duration.seconds(2)

    /// Keys handled between two frames at most, so that a paste or key repeat cannot starve the screen.
    private static let maximumKeysPerFrame = 64

    init(controlPlane: any ControlPlane, dashboard: Dashboard, terminal: any TerminalScreen, crashAfterFrames: Int? = nil,
         longestWait: Duration? = nil) {
        self.controlPlane = controlPlane
        self.dashboard = dashboard
        self.terminal = terminal
        self.crashAfterFrames = crashAfterFrames
        self.longestWait = longestWait
    }

    /// Why a session ended.
    enum Ending: Equatable {
        case quit
        case signal(Int32)
        /// The terminal hung up without a SIGHUP reaching us (it was ignored).
        case inputClosed
    }

    /// Runs until the dashboard is finished, a terminating signal arrives or the terminal goes away.
    func run() -> Ending {
        var lastTurn = clock.now
        var frames = 0
        while true {
            if dashboard.isFinished { return .quit }
            if let signal = TerminationSignals.received { return .signal(signal) }
            if terminal.isInputClosed { return .inputClosed }

            // After a stall (the process stopped, the machine slept) carry on from where we were rather
            // than simulate the whole gap in one frame.
            let now = clock.now
            let elapsed = min(now - lastTurn, Self.longestStep)
            controlPlane.advance(wallElapsed: elapsed)
            dashboard.tick(wallElapsed: elapsed)
            lastTurn = now

            var snapshot = controlPlane.snapshot()
            dashboard.refreshLogs(from: controlPlane, snapshot: snapshot)
            let size = terminal.size
            if size != (dashboard.state.screenWidth, dashboard.state.screenHeight) {
                dashboard.resize(width: size.width, height: size.height)
            }
            terminal.draw(dashboard.render(snapshot, width: size.width, height: size.height))
            frames += 1
            if let crashAfterFrames, frames >= crashAfterFrames {
                fatalError("crash requested with --crash-after-frames \(crashAfterFrames)")
            }

            // Keys act on the snapshot on screen. After the first, take whatever else is already
            // waiting before drawing again.
            var interval = Self.frameInterval(for: snapshot.source) ?? (dashboard.needsTimedRedraw ? .seconds(1) : nil)
            if let longestWait { interval = min(interval ?? longestWait, longestWait) }
            guard let key = terminal.readKey(timeout: interval) else { continue }
            handle(key, in: &snapshot)
            var handled = 1
            while handled < Self.maximumKeysPerFrame, !dashboard.isFinished,
                  let next = terminal.readKey(timeout: .zero) {
                handle(next, in: &snapshot)
                handled += 1
            }
        }
    }

    /// Handles one key; after a command the snapshot is taken again, so that `+ + +` typed quickly
    /// scales by three, not by one three times over.
    private func handle(_ key: Key, in snapshot: inout ControlPlaneSnapshot) {
        let commands = dashboard.handle(key, in: snapshot)
        if dashboard.takeRefreshRequest() { controlPlane.refreshNow() }
        for command in commands {
            do {
                try controlPlane.execute(command)
                dashboard.report(command, error: nil)
            } catch {
                dashboard.report(command, error: error)
            }
        }
        if !commands.isEmpty { snapshot = controlPlane.snapshot() }
    }

    /// How long to wait for keys before the next frame: about one simulated second per frame,
    /// between 100 ms and 1 s of real time; nil (wait for a key) while paused.
    static func frameInterval(for source: ControlPlaneSnapshot.Source) -> Duration? {
        switch source {
        case .simulation(_, let speed, let paused, _):
            if paused { return nil }
            guard speed > 0 else { return .seconds(1) }
            return min(max(.seconds(1) / speed, .milliseconds(100)), .seconds(1))
        case .remote:
            return .seconds(1)
        }
    }
}
