/// Events of every service in the cluster, newest first: the most recent `limit` of them, merged
/// from the services' own newest-first lists without sorting everything.
struct EventRows: PaneRows {
    let events: [ServiceEvent]
    /// The service each event belongs to.
    let serviceNames: [String]

    init(services: [ServiceSnapshot], limit: Int = 300) {
        var heads = Array(repeating: 0, count: services.count)
        var merged: [ServiceEvent] = []
        var names: [String] = []
        merged.reserveCapacity(limit)
        while merged.count < limit {
            var best: Int?
            for (s, service) in services.enumerated() where heads[s] < service.service.events.count {
                let candidate = service.service.events[heads[s]]
                if best == nil || candidate.createdAt > services[best!].service.events[heads[best!]].createdAt {
                    best = s
                }
            }
            guard let best else { break }
            merged.append(services[best].service.events[heads[best]])
            names.append(services[best].service.name)
            heads[best] += 1
        }
        events = merged
        serviceNames = names
    }

    let columns = [
        TableColumn("TIME", width: 8),
        TableColumn("MESSAGE", width: 20, isFlexible: true),
    ]

    var count: Int { events.count }
    var emptyText: String { "no events yet" }

    func id(at index: Int) -> String { events[index].id }

    func cells(at index: Int) -> [TableCell] {
        let event = events[index]
        let warning = event.message.contains("unable") || event.message.contains("unhealthy")
        return [
            .text(Format.clock(event.createdAt.timeIntervalSince1970), .eventTime),
            .text(event.message, warning ? .eventWarning : .event),
        ]
    }
}
