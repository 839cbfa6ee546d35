// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "ecstop",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "ecstop", targets: ["ecstop"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    ],
    targets: [
        // ECS value types and the ControlPlane protocol: what every other target speaks.
        .target(name: "ECSModel"),
        // The AWS wire: Codable shapes generated from botocore's models (ECS and the services around it)
        // and the JSON coding of the JSON protocols; `Mapping/`: between the shapes and ECSModel's values.
        .target(name: "AWSWire", dependencies: ["ECSModel"]),
        // The deterministic in-process ECS control plane.
        .target(
            name: "Simulator",
            dependencies: ["ECSModel", "AWSWire", .product(name: "HeapModule", package: "swift-collections")]
        ),
        // Pure UI: state, reducer, keymap, themes, widgets rendering into cells. No curses here.
        .target(name: "Dashboard", dependencies: ["ECSModel", "AWSWire", "Yams"]),
        // ncursesw as a system library, with a C shim for what Swift cannot import.
        .systemLibrary(name: "CNcurses", path: "Sources/CNcurses"),
        // Terminal backends: ncurses for people, headless for tests and `ecstop snapshot`.
        .target(name: "Terminal", dependencies: ["CNcurses", "Dashboard"]),
        // Scenario files: YAML/JSON in ECS's own field names, read into a `Scenario` (every problem with
        // its file, line and key path) and written from one.
        .target(name: "ScenarioFile", dependencies: ["Simulator", "ECSModel", "Yams"]),
        // Speed of the simulation and the views, behind `ecstop bench`.
        .target(name: "Benchmarks", dependencies: ["Simulator", "Dashboard"]),
        // HTTP/1.1 on SwiftNIO's event loops: every request to one handler, which routes it. Its own
        // target, so that NIO stays out of the code that only speaks HTTPRequest and HTTPResponse.
        .target(
            name: "HTTPServing",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        // The ECS API: AWS JSON 1.1 over HTTP served from any control plane (`ecstop serve`), SigV4
        // signing and verification.
        .target(name: "ECSAPI", dependencies: ["ECSModel", "AWSWire", "HTTPServing", .product(name: "Crypto", package: "swift-crypto")]),
        .executableTarget(
            name: "ecstop",
            dependencies: [
                "ECSModel", "ECSAPI", "Simulator", "ScenarioFile", "Dashboard", "Terminal", "Benchmarks",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "SimulatorTests", dependencies: ["Simulator", "ECSModel"], exclude: ["Fixtures"]),
        .testTarget(name: "DashboardTests", dependencies: ["Dashboard", "AWSWire", "Simulator", "ECSModel"], exclude: ["Screens"]),
        // Peers the tests and the API benchmark start themselves (moto's server).
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        // ecstop's ECS API server against moto's, calls per second: its own executable, so that the
        // shipped ecstop carries neither moto's launcher nor the benchmark's HTTP client.
        .executableTarget(
            name: "ecstop-api-bench", dependencies: ["ECSAPI", "Simulator", "TestSupport"], path: "Sources/APIBenchmark"
        ),
        .testTarget(name: "EndToEndTests", dependencies: ["TestSupport"]),
        .testTarget(name: "ECSAPITests", dependencies: ["ECSAPI", "AWSWire", "Simulator", "ECSModel", "TestSupport"]),
        .testTarget(
            name: "ScenarioFileTests", dependencies: ["ScenarioFile", "Simulator", "ECSModel", "Yams"],
            exclude: ["Broken"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
