import Foundation

// ecstop-api-bench [SECONDS]: ecstop's ECS API server against moto's, the table the README reports.
// Build with `-c release`; it starts `python3 -m moto.server` itself.
let arguments = CommandLine.arguments.dropFirst()
guard arguments.count <= 1, let seconds = Int(arguments.first ?? "5"), seconds >= 1 else {
    FileHandle.standardError.write(Data("usage: ecstop-api-bench [SECONDS]  (seconds to measure each server and client count, after 1 s of warm-up; default 5)\n".utf8))
    exit(2)
}
do {
    let results = try APIBenchmark.run(duration: .seconds(seconds)) { line in
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
    print(APIBenchmark.table(results))
} catch {
    FileHandle.standardError.write(Data("ecstop-api-bench: \(error)\n".utf8))
    exit(1)
}
