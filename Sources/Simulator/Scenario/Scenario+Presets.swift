extension Scenario {
    static let zones = ["us-east-1a", "us-east-1b", "us-east-1c"]

    /// `prod` (six m5.large over three zones: web, api, worker and a migrate task, a Fargate `frontend`, a
    /// `log-router` daemon on every instance, and a `nightly-report` job every ten minutes) and `staging`
    /// (two t3.medium with a small web). Sized with headroom: worker can grow from 2 to 5 and one prod
    /// instance can be drained without anything going unplaced.
    ///
    /// `web` serves a request curve (a half-hour "day" and a few random surges an hour) and scales on
    /// CPU between 2 and 10 tasks; prod also has an Auto Scaling group `prod-asg` (empty at the start)
    /// behind the capacity provider `prod-cp`, which nothing uses until a service or RunTask asks for it.
    ///
    /// prod's web and api sit behind the ALB `prod-alb` (target groups `web-tg` and `api-tg`); api has a
    /// 30 s health check grace period and the circuit breaker with rollback. Two newer revisions wait to be
    /// deployed: `web:8` (a good new image) and `api:13`, whose image tag ends in `-broken` so its tasks
    /// never start (see `TaskTraits`) — deploy it to watch the circuit breaker roll back. The target groups
    /// check every 10 s, call a target healthy after 3 passes and drain for 30 s: tuned down from ELB's
    /// defaults (30 s, 5, 300 s), as many ECS users do, so that deployments take about a minute.
    public static var `default`: Scenario {
        var scenario = Scenario(
            taskDefinitions: [
                TaskDefinitionSpec(family: "web", revision: 7, containerDefinitions: [
                    ContainerDefinition(
                        name: "nginx", image: "nginx:1.27", cpu: 256, memory: 512,
                        portMappings: [PortMapping(containerPort: 80, hostPort: 0)])
                ]),
                TaskDefinitionSpec(family: "web", revision: 8, containerDefinitions: [
                    ContainerDefinition(
                        name: "nginx", image: "nginx:1.28", cpu: 256, memory: 512,
                        portMappings: [PortMapping(containerPort: 80, hostPort: 0)])
                ]),
                TaskDefinitionSpec(family: "api", revision: 12, containerDefinitions: [
                    ContainerDefinition(
                        name: "api", image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/api:2.4.1", cpu: 512,
                        memory: 1024, portMappings: [PortMapping(containerPort: 8080)]),
                    // A non-essential sidecar: when it crashes, the task keeps running without it.
                    ContainerDefinition(
                        name: "xray-daemon", image: "public.ecr.aws/xray/aws-xray-daemon:3.3.12", cpu: 32,
                        memoryReservation: 256, essential: false),
                ]),
                TaskDefinitionSpec(family: "api", revision: 13, containerDefinitions: [
                    ContainerDefinition(
                        name: "api", image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/api:2.5.0-broken", cpu: 512,
                        memory: 1024, portMappings: [PortMapping(containerPort: 8080)])
                ]),
                TaskDefinitionSpec(family: "worker", revision: 3, containerDefinitions: [
                    ContainerDefinition(
                        name: "worker", image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/worker:2.4.1",
                        cpu: 512, memoryReservation: 1536)
                ]),
                TaskDefinitionSpec(family: "migrate", revision: 4, containerDefinitions: [
                    ContainerDefinition(
                        name: "migrate", image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/api:2.4.1",
                        cpu: 256, memory: 512)
                ]),
                TaskDefinitionSpec(
                    family: "frontend", revision: 2, networkMode: .awsvpc, cpu: 512, memory: 1024,
                    containerDefinitions: [
                        ContainerDefinition(
                            name: "frontend", image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/frontend:1.9.0",
                            portMappings: [PortMapping(containerPort: 3000)])
                    ],
                    options: TaskDefinitionOptions(
                        requiresCompatibilities: [.fargate],
                        executionRoleARN: "arn:aws:iam::123456789012:role/ecsTaskExecutionRole")),
                TaskDefinitionSpec(family: "log-router", revision: 1, containerDefinitions: [
                    ContainerDefinition(
                        name: "fluent-bit", image: "public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.4",
                        cpu: 64, memory: 64)
                ]),
                // The image tag ends in `-job`: the container works about a minute, then exits 0.
                TaskDefinitionSpec(family: "report", revision: 1, containerDefinitions: [
                    ContainerDefinition(
                        name: "report", image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/report:3.1-job",
                        cpu: 256, memory: 512, command: ["generate-report", "--since", "10m"])
                ]),
            ],
            clusters: [
                ClusterSpec(
                    name: "prod",
                    instances: (0..<6).map { InstanceSpec(instanceType: "m5.large", availabilityZone: zones[$0 % 3]) },
                    services: [
                        ServiceSpec(
                            name: "web", taskDefinition: "web:7", desiredCount: 4,
                            loadBalancers: [ServiceLoadBalancerSpec(targetGroup: "web-tg", containerName: "nginx", containerPort: 80)]),
                        ServiceSpec(
                            name: "api", taskDefinition: "api:12", desiredCount: 3,
                            deploymentConfiguration: DeploymentConfiguration(
                                deploymentCircuitBreaker: DeploymentCircuitBreaker(enable: true, rollback: true)),
                            loadBalancers: [ServiceLoadBalancerSpec(targetGroup: "api-tg", containerName: "api", containerPort: 8080)],
                            healthCheckGracePeriodSeconds: 30),
                        ServiceSpec(name: "worker", taskDefinition: "worker", desiredCount: 2),
                        ServiceSpec(
                            name: "frontend", taskDefinition: "frontend", desiredCount: 2,
                            placement: ServicePlacement(launchType: .fargate)),
                        ServiceSpec(
                            name: "log-router", taskDefinition: "log-router",
                            placement: ServicePlacement(schedulingStrategy: .daemon)),
                    ],
                    standaloneTasks: [StandaloneTaskSpec(taskDefinition: "migrate")],
                    scheduledTasks: [
                        ScheduledTaskSpec(name: "nightly-report", scheduleExpression: "rate(10 minutes)", taskDefinition: "report")
                    ],
                    targetGroups: [
                        TargetGroupSpec(name: "web-tg", port: 80, healthCheck: tunedHealthCheck(path: "/"), deregistrationDelaySeconds: 30),
                        TargetGroupSpec(
                            name: "api-tg", port: 8080, healthCheck: tunedHealthCheck(path: "/health"), deregistrationDelaySeconds: 30),
                    ],
                    loadBalancers: [
                        LoadBalancerSpec(name: "prod-alb", listeners: [
                            ListenerSpec(port: 80, targetGroup: "web-tg"),
                            ListenerSpec(port: 8080, targetGroup: "api-tg"),
                        ])
                    ]
                ),
                ClusterSpec(
                    name: "staging",
                    instances: (0..<2).map { InstanceSpec(instanceType: "t3.medium", availabilityZone: zones[$0 % 3]) },
                    services: [ServiceSpec(name: "web", taskDefinition: "web:7", desiredCount: 2)]
                ),
            ]
        )
        var web = scenario.clusters[0].services[0]
        web.workload = WorkloadSpec(
            requestsPerSecond: 160, wave: .init(period: 1_800, amplitude: 0.3),
            randomSpikes: .init(perHour: 3, multiplier: 1.5...2.2, duration: 120...360))
        web.autoScaling = ServiceAutoScaling(minCapacity: 2, maxCapacity: 10, policies: [
            ScalingPolicy(name: "web-cpu60", metric: .averageCPU, targetValue: 60)
        ])
        scenario.clusters[0].services[0] = web
        scenario.clusters[0].autoScalingGroups = [
            AutoScalingGroupSpec(
                name: "prod-asg",
                launchTemplate: LaunchTemplate(
                    name: "prod-ecs", instanceType: "m5.large",
                    userData: "#!/bin/bash\necho ECS_CLUSTER=prod >> /etc/ecs/ecs.config"),
                minSize: 0, maxSize: 6, desiredCapacity: 0, availabilityZones: zones)
        ]
        scenario.clusters[0].capacityProviders = [
            CapacityProviderSpec(name: "prod-cp", autoScalingGroup: "prod-asg", managedScaling: .init(targetCapacity: 100))
        ]
        return scenario
    }

    /// The default scenario's target group health check: every 10 s, healthy after 3 passes.
    private static func tunedHealthCheck(path: String) -> TargetGroupHealthCheck {
        TargetGroupHealthCheck(path: path, intervalSeconds: 10, healthyThresholdCount: 3)
    }

    /// Benchmark scenario: `instances` m5.xlarge instances over three zones, in clusters of at most 2,500,
    /// and services of about 1,000 tasks each whose desired counts add up to `tasks`. Task sizes shrink
    /// when there are many tasks per instance, so everything fits with room to spare. One service in four
    /// sits behind its own ALB and target group with ELB's defaults (health checks every 30 s, 300 s
    /// deregistration delay), so registration, health checks and draining are measured at scale too.
    public static func scaled(instances: Int, tasks: Int) -> Scenario {
        let instances = max(1, instances)
        let tasks = max(0, tasks)
        let clusterCount = (instances + 2_499) / 2_500
        let serviceCount = max(1, (tasks + 999) / 1_000)
        let tasksPerInstance = max(1.0, Double(tasks) / Double(instances))
        let cpu = max(8, min(256, Int(4096 * 0.6 / tasksPerInstance)))
        let memory = max(16, min(512, Int(15576 * 0.6 / tasksPerInstance)))

        let definitions = (0..<4).map { k in
            TaskDefinitionSpec(family: "bench-\(k)", containerDefinitions: [
                ContainerDefinition(
                    name: "app", image: "public.ecr.aws/bench/app:\(k)", cpu: cpu, memory: memory,
                    portMappings: k.isMultiple(of: 2) ? [PortMapping(containerPort: 8080)] : [])
            ])
        }
        var clusters = (0..<clusterCount).map { c in
            let count = instances / clusterCount + (c < instances % clusterCount ? 1 : 0)
            return ClusterSpec(
                name: "bench-\(c + 1)",
                instances: (0..<count).map { InstanceSpec(instanceType: "m5.xlarge", availabilityZone: zones[$0 % 3]) })
        }
        // Services go to the (equally sized) clusters in turn. Each serves a request curve that keeps
        // its tasks near 40 % CPU; every other one scales on CPU around 70 %.
        for s in 0..<serviceCount {
            let desired = tasks / serviceCount + (s < tasks % serviceCount ? 1 : 0)
            var service = ServiceSpec(name: "svc-\(s + 1)", taskDefinition: "bench-\(s % 4)", desiredCount: desired)
            let c = s % clusterCount
            service.workload = WorkloadSpec(
                requestsPerSecond: Double(desired) * 35, wave: .init(period: 3_600, amplitude: 0.2, phase: Double(s) * 97))
            if s.isMultiple(of: 2), desired > 0 {
                service.autoScaling = ServiceAutoScaling(
                    minCapacity: max(1, desired * 8 / 10), maxCapacity: desired * 12 / 10,
                    policies: [ScalingPolicy(name: "cpu70", metric: .averageCPU, targetValue: 70)])
            }
            if s % 4 == 0 {
                // An ALB serves at most 1,000 targets: one per load-balanced service.
                let group = "svc-\(s + 1)-tg"
                clusters[c].targetGroups.append(TargetGroupSpec(name: group, port: 8080))
                clusters[c].loadBalancers.append(
                    LoadBalancerSpec(name: "svc-\(s + 1)-alb", listeners: [ListenerSpec(port: 80, targetGroup: group)]))
                service.loadBalancers = [ServiceLoadBalancerSpec(targetGroup: group, containerName: "app", containerPort: 8080)]
            }
            clusters[c].services.append(service)
        }
        return Scenario(taskDefinitions: definitions, clusters: clusters)
    }
}
