import TestSupport

extension MotoServer {
    /// The shape ecstop's benchmark serves: cluster prod, service web, `webTasks` tasks of web. moto
    /// schedules nothing, so the tasks come from RunTask (Fargate, which needs no container instances)
    /// in web's group; moto's ListTasks ignores serviceName and lists them all. Bridge networking, as
    /// ecstop's web: awsvpc would need subnets and security groups set up in moto's EC2 first.
    func createBenchmarkShape(webTasks: Int) throws {
        let client = KeepAliveHTTPClient(port: port)
        let calls: [(String, String)] = [
            ("CreateCluster", #"{"clusterName":"prod"}"#),
            ("RegisterTaskDefinition", #"{"family":"web","containerDefinitions":[{"name":"nginx","image":"nginx:1.27","cpu":256,"memory":512,"portMappings":[{"containerPort":80}]}]}"#),
            ("CreateService", #"{"cluster":"prod","serviceName":"web","taskDefinition":"web","desiredCount":\#(webTasks),"launchType":"FARGATE"}"#),
        ] + Array(repeating: (
            "RunTask", #"{"cluster":"prod","taskDefinition":"web","count":10,"launchType":"FARGATE","group":"service:web","startedBy":"ecs-svc/web"}"#
        ), count: (webTasks + 9) / 10)
        for (operation, body) in calls {
            let response = try client.post(headers: APIBenchmark.headers(operation), body: Array(body.utf8))
            guard response.status == 200 else {
                throw APIBenchmark.Failure(description: "moto \(operation) answered \(response.status): \(String(decoding: response.body.prefix(300), as: UTF8.self))")
            }
        }
    }
}
