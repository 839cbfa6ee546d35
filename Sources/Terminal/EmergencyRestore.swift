import CNcurses
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Puts the terminal back when the process is about to die without running `endwin()`: on a crash
/// (Swift's traps arrive as SIGILL or SIGTRAP) or on a second termination signal.
///
/// Everything the signal handler touches is prepared up front as raw memory: the termios saved before
/// curses started, and the terminfo exit sequences (sgr0, cnorm, rmkx, rmcup) copied into one C string.
/// The handler then only calls async-signal-safe functions (tcsetattr, write, sigaction, raise) and
/// never allocates, locks or retains.
enum EmergencyRestore {
    /// Signals that mean the process is crashing.
    static let crashSignals: [Int32] = [SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE]

    /// Whether curses owns the terminal right now. Atomic because the signal handler reads it.
    private static let isArmed = Atomic<Bool>(false)

    // Written only by `arm` on the main thread before `isArmed` becomes true (and before any handler is
    // installed, which also forces Swift's lazy initialisation of these statics outside a handler); read
    // by the handler only after it has seen `isArmed == true`. That ordering is what makes the
    // `nonisolated(unsafe)` sound.
    nonisolated(unsafe) private static var savedTermios = UnsafeMutablePointer<termios>.allocate(capacity: 1)
    nonisolated(unsafe) private static var exitSequence = UnsafeMutablePointer<CChar>.allocate(capacity: 256)
    nonisolated(unsafe) private static var exitSequenceLength = 0
    /// The actions in place before ours (usually the Swift runtime's backtracer), indexed by signal.
    nonisolated(unsafe) private static var previousActions = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
    nonisolated(unsafe) private static var handlersInstalled = false

    /// Forces Swift's lazy initialisation of the statics above, so that a handler never runs it.
    static func prepare() {
        _ = isArmed.load(ordering: .relaxed)
        _ = (savedTermios, exitSequence, exitSequenceLength, previousActions, handlersInstalled)
    }

    /// Remembers how to restore the terminal. Call with the termios from before curses started, after
    /// curses has loaded the terminfo entry (the exit sequences come from it).
    /// With `mouse`, the sequences that end xterm mouse reporting are sent too: a terminal left
    /// reporting the mouse would type escape sequences into the shell on every click.
    static func arm(termios: termios, mouse: Bool = false) {
        prepare()
        savedTermios.pointee = termios
        var bytes: [CChar] = []
        for capability in ["sgr0", "cnorm", "rmkx", "rmcup"] {
            guard let value = ecstop_terminfo_string(capability) else { continue }
            var pointer = value
            while pointer.pointee != 0 {
                bytes.append(pointer.pointee)
                pointer += 1
            }
        }
        if mouse { bytes += "\u{1B}[?1006l\u{1B}[?1002l\u{1B}[?1000l".utf8.map { CChar(bitPattern: $0) } }
        exitSequenceLength = min(bytes.count, 255)
        for index in 0..<exitSequenceLength { exitSequence[index] = bytes[index] }
        installCrashHandlers()
        isArmed.store(true, ordering: .sequentiallyConsistent)
    }

    /// Called after a normal `endwin()`: from now on a crash has nothing to restore.
    static func disarm() {
        isArmed.store(false, ordering: .sequentiallyConsistent)
    }

    /// Restores the saved terminal modes and leaves the alternate screen. Async-signal-safe; does
    /// nothing unless armed, and at most once.
    static func restoreTerminal() {
        guard isArmed.exchange(false, ordering: .sequentiallyConsistent) else { return }
        _ = tcsetattr(STDIN_FILENO, TCSANOW, savedTermios)
        var written = 0
        while written < exitSequenceLength {
            let result = write(STDOUT_FILENO, exitSequence + written, exitSequenceLength - written)
            if result <= 0 { break }
            written += result
        }
    }

    private static func installCrashHandlers() {
        guard !handlersInstalled else { return }
        handlersInstalled = true
        installAlternateStack()
        for signal in crashSignals {
            _ = ecstop_install_signal_handler(signal, { signal in
                EmergencyRestore.restoreTerminal()
                // Hand the signal to whoever had it before (the default action, or the Swift runtime's
                // backtracer, which now prints its report on a usable terminal). It is blocked while
                // this handler runs and is delivered as soon as the handler returns.
                _ = ecstop_restore_signal_handler(signal, EmergencyRestore.previousActions + Int(signal))
                _ = raise(signal)
            }, 1, previousActions + Int(signal))
        }
    }

    /// A stack overflow crashes with SIGSEGV on a full stack; the handler needs a stack of its own.
    private static func installAlternateStack() {
        var current = stack_t()
        guard sigaltstack(nil, &current) == 0, current.ss_flags & Int32(SS_DISABLE) != 0 else { return }
        let size = 64 * 1024
        var stack = stack_t()
        stack.ss_sp = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
        stack.ss_size = size
        stack.ss_flags = 0
        _ = sigaltstack(&stack, nil)
    }
}
