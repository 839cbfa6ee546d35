import CNcurses
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// SIGTERM, SIGINT and SIGHUP, turned into a flag that the run loop checks between frames, so that
/// it can leave through the normal path (`endwin()`, exit code) instead of dying mid-frame.
///
/// The handler must be async-signal-safe, so the flag is a lock-free `Atomic` from the Synchronization
/// module: a plain global `var` would be a data race (and Swift 6 rightly refuses it).
public enum TerminationSignals {
    public static let handled: [Int32] = [SIGTERM, SIGINT, SIGHUP]

    /// The first terminating signal received, or 0.
    private static let pending = Atomic<Int32>(0)

    /// The signal that asked us to stop, if any.
    public static var received: Int32? {
        let signal = pending.load(ordering: .sequentiallyConsistent)
        return signal == 0 ? nil : signal
    }

    /// Installs the handlers. Must run before curses starts: ncurses only installs its own SIGINT and
    /// SIGTERM handlers (which exit without telling us) where the action is still the default.
    /// No SA_RESTART, so a blocking read returns early with EINTR.
    public static func install() {
        // Initialise the lazy statics here, not inside a handler.
        _ = pending.load(ordering: .relaxed)
        EmergencyRestore.prepare()
        for signal in handled {
            var previous = sigaction()
            _ = ecstop_install_signal_handler(signal, { signal in
                let (exchanged, _) = TerminationSignals.pending.compareExchange(
                    expected: 0, desired: signal, ordering: .sequentiallyConsistent
                )
                guard !exchanged else { return }
                // A second signal: the loop did not react to the first, so leave now, terminal restored.
                EmergencyRestore.restoreTerminal()
                _ = ecstop_default_signal_handler(signal)
                _ = raise(signal)
            }, 0, &previous)
            // Started under nohup (or similar) the signal is ignored on purpose: keep it that way.
            if ecstop_signal_is_ignored(&previous) != 0 { _ = ecstop_restore_signal_handler(signal, &previous) }
        }
    }
}
