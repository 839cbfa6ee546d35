import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a recording line by line, each with one write(2) straight to the file, so that whatever
/// happened before a crash is on disk.
public final class RecordingWriter {
    public struct OpenError: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "cannot write '\(path)': \(reason)" }
    }

    private let descriptor: Int32
    private var isClosed = false
    /// The first write that failed (disk full…); later lines are dropped.
    public private(set) var failure: String?

    /// Creates (or empties) the file at `path` and writes the header.
    public init(path: String, header: RunRecording.Header) throws(OpenError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw OpenError(path: path, reason: String(cString: strerror(errno))) }
        self.descriptor = descriptor
        writeLine(RunRecording.line(header))
        if let failure { throw OpenError(path: path, reason: failure) }
    }

    deinit { close() }

    public func append(_ command: RecordedCommand) {
        writeLine(RunRecording.line(command))
    }

    /// The end line: the run ended normally at `time`.
    public func finish(at time: Duration) {
        writeLine(RunRecording.endLine(at: time))
        close()
    }

    public func close() {
        guard !isClosed else { return }
        isClosed = true
        _ = closeDescriptor(descriptor)
    }

    private func writeLine(_ line: String) {
        guard !isClosed, failure == nil else { return }
        let bytes = Array((line + "\n").utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                writeBytes(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                failure = String(cString: strerror(errno))
                return
            }
            offset += written
        }
    }
}

// The system calls under names of their own: inside the class, its `close()` hides the C function.
private func closeDescriptor(_ descriptor: Int32) -> Int32 { close(descriptor) }
private func writeBytes(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int { write(descriptor, bytes, count) }
