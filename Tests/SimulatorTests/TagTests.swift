import Testing
@testable import Simulator

/// TagResource and UntagResource on every kind of taggable resource, with ECS's limits.
@Suite struct TagTests {
    private let simulator = Simulator(scenario: Harness.scenario(instances: 2, desired: 1), seed: 1, chaos: .off)
    private let clusterARN = "arn:aws:ecs:us-east-1:123456789012:cluster/c"

    private func refusal(_ command: ControlPlaneCommand) -> ECSError? {
        do { try simulator.execute(command); return nil } catch { return error }
    }

    private func tags(_ arn: String) -> [ResourceTag] { simulator.snapshot().tags[arn] ?? [] }

    @Test func tagOverwriteAndUntag() throws {
        try simulator.execute(.tagResource(resourceARN: clusterARN, tags: [
            ResourceTag(key: "team", value: "a"), ResourceTag(key: "env", value: "dev"),
        ]))
        try simulator.execute(.tagResource(resourceARN: clusterARN, tags: [
            ResourceTag(key: "env", value: "prod"), ResourceTag(key: "cost", value: ""),
        ]))
        #expect(tags(clusterARN) == [
            ResourceTag(key: "team", value: "a"), ResourceTag(key: "env", value: "prod"), ResourceTag(key: "cost", value: ""),
        ])
        try simulator.execute(.untagResource(resourceARN: clusterARN, tagKeys: ["team", "absent"]))
        #expect(tags(clusterARN).map(\.key) == ["env", "cost"])
        try simulator.execute(.untagResource(resourceARN: clusterARN, tagKeys: ["env", "cost"]))
        #expect(simulator.snapshot().tags[clusterARN] == nil, "no tags, no entry")
    }

    @Test func everyKindOfResourceTakesTags() throws {
        let cluster = simulator.cluster()
        let arns = [
            cluster.services[0].service.arn, cluster.services[0].tasks[0].arn, cluster.instances[0].arn,
            "arn:aws:ecs:us-east-1:123456789012:task-definition/app:1",
        ]
        for arn in arns { try simulator.execute(.tagResource(resourceARN: arn, tags: [ResourceTag(key: "k", value: arn)])) }
        for arn in arns { #expect(tags(arn) == [ResourceTag(key: "k", value: arn)]) }
        #expect(simulator.invariantViolations() == [])
    }

    @Test func limitsAndBadNamesAreRefusedAndChangeNothing() throws {
        try simulator.execute(.tagResource(resourceARN: clusterARN, tags: (0..<49).map { ResourceTag(key: "k\($0)") }))
        let before = tags(clusterARN)
        #expect(refusal(.tagResource(resourceARN: clusterARN, tags: [ResourceTag(key: "new1"), ResourceTag(key: "new2")]))
            == .invalidParameter("A resource can have at most 50 tags."))
        #expect(refusal(.tagResource(resourceARN: clusterARN, tags: [ResourceTag(key: "ok"), ResourceTag(key: "")]))
            == .invalidParameter("Tag key must be between 1 and 128 characters long."))
        #expect(refusal(.tagResource(resourceARN: clusterARN, tags: [ResourceTag(key: String(repeating: "k", count: 129))]))
            == .invalidParameter("Tag key must be between 1 and 128 characters long."))
        #expect(refusal(.tagResource(resourceARN: clusterARN, tags: [ResourceTag(key: "v", value: String(repeating: "v", count: 257))]))
            == .invalidParameter("Tag value exceeds the maximum length of 256 characters."))
        let reserved = ECSError.invalidParameter("Tag keys beginning with 'aws:' are reserved for AWS use.")
        #expect(refusal(.tagResource(resourceARN: clusterARN, tags: [ResourceTag(key: "AWS:owner")])) == reserved)
        #expect(refusal(.untagResource(resourceARN: clusterARN, tagKeys: ["aws:owner"])) == reserved)
        #expect(tags(clusterARN) == before)
        // The 50th, and overwriting at the limit, are fine.
        try simulator.execute(.tagResource(resourceARN: clusterARN, tags: [ResourceTag(key: "k49"), ResourceTag(key: "k0", value: "x")]))
        #expect(tags(clusterARN).count == 50 && tags(clusterARN)[0] == ResourceTag(key: "k0", value: "x"))
        #expect(refusal(.tagResource(resourceARN: clusterARN, tags: [ResourceTag(key: String(repeating: "k", count: 128))]))
            == .invalidParameter("A resource can have at most 50 tags."))
    }

    @Test func unknownResourcesAndBadARNs() throws {
        let tag = [ResourceTag(key: "k")]
        let prefix = "arn:aws:ecs:us-east-1:123456789012:"
        for arn in ["c", "arn:aws:s3:::bucket", prefix + "capacity-provider/x", prefix + "task-definition/app", prefix + "cluster/"] {
            #expect(refusal(.tagResource(resourceARN: arn, tags: tag))
                == .invalidParameter("The ARN \(arn) is not a valid ECS resource ARN."), "\(arn)")
        }
        for arn in [prefix + "cluster/nope", prefix + "service/nope/svc", "arn:aws:ecs:eu-west-1:123456789012:cluster/c"] {
            #expect(refusal(.tagResource(resourceARN: arn, tags: tag)) == .clusterNotFound(), "\(arn)")
        }
        for arn in [prefix + "service/c/nope", prefix + "task/c/0123456789abcdef0123456789abcdef",
                    prefix + "container-instance/c/nope", prefix + "task-definition/app:9", prefix + "task-definition/nope:1"] {
            #expect(refusal(.tagResource(resourceARN: arn, tags: tag)) == .resourceNotFound(), "\(arn)")
            #expect(refusal(.untagResource(resourceARN: arn, tagKeys: ["k"])) == .resourceNotFound(), "\(arn)")
        }
        #expect(simulator.snapshot().tags.isEmpty)
    }

    @Test func tagsOfExpiredTasksAreDropped() throws {
        let task = simulator.cluster().services[0].tasks[0]
        try simulator.execute(.tagResource(resourceARN: task.arn, tags: [ResourceTag(key: "k")]))
        try simulator.execute(.tagResource(resourceARN: clusterARN, tags: [ResourceTag(key: "k")]))
        try simulator.execute(.stopTask(cluster: "c", task: task.id, reason: ""))
        simulator.advance(seconds: 600)
        #expect(simulator.task(task.id)?.lastStatus == .stopped)
        #expect(tags(task.arn).count == 1, "still listed, still tagged")
        simulator.advance(seconds: 4_000)
        #expect(simulator.task(task.id) == nil)
        #expect(simulator.snapshot().tags[task.arn] == nil)
        #expect(tags(clusterARN).count == 1)
    }
}
