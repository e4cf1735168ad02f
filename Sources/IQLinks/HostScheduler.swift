/// Politeness: at most `global` requests in flight, at most `perHost` per host, requests to one
/// host at least `minimumInterval` apart, and a host that keeps answering 429 given up for the
/// run instead of hammered.
actor HostScheduler {
    private struct HostState {
        var inFlight = 0
        var nextStart: ContinuousClock.Instant?
        var waiters: [CheckedContinuation<Void, Never>] = []
        var tooManyRequests = 0
        var timeouts = 0
        var givenUp: String?
    }

    private let global: Int
    private let perHost: Int
    private let minimumInterval: Duration
    private let giveUpAfter: Int
    private let giveUpAfterTimeouts: Int
    private var globalInFlight = 0
    private var globalWaiters: [CheckedContinuation<Void, Never>] = []
    private var hosts: [String: HostState] = [:]
    private let clock = ContinuousClock()

    init(global: Int, perHost: Int, minimumInterval: Duration, giveUpAfter429: Int, giveUpAfterTimeouts: Int) {
        self.global = max(1, global)
        self.perHost = max(1, perHost)
        self.minimumInterval = minimumInterval
        giveUpAfter = max(1, giveUpAfter429)
        self.giveUpAfterTimeouts = max(1, giveUpAfterTimeouts)
    }

    /// Why the host was given up for the run, or nil.
    func givenUp(_ host: String) -> String? { hosts[host]?.givenUp }

    /// Waits for a host slot, the host's minimum interval, then a global slot. Host first: a
    /// busy or pausing host must not hold global slots that other hosts could use.
    func acquire(_ host: String) async {
        if hosts[host, default: HostState()].inFlight >= perHost {
            await withCheckedContinuation { hosts[host, default: HostState()].waiters.append($0) }
        } else {
            hosts[host, default: HostState()].inFlight += 1
        }
        let now = clock.now
        let start = max(now, hosts[host]?.nextStart ?? now)
        hosts[host, default: HostState()].nextStart = start.advanced(by: minimumInterval)
        if start > now { try? await Task.sleep(until: start, clock: clock) }
        if globalInFlight >= global {
            await withCheckedContinuation { globalWaiters.append($0) }
        } else {
            globalInFlight += 1
        }
    }

    func release(_ host: String) {
        if globalWaiters.isEmpty {
            globalInFlight -= 1
        } else {
            globalWaiters.removeFirst().resume()
        }
        if hosts[host, default: HostState()].waiters.isEmpty {
            hosts[host, default: HostState()].inFlight -= 1
        } else {
            hosts[host, default: HostState()].waiters.removeFirst().resume()
        }
    }

    /// Records a 429; returns why the host is now given up for the run, if it is.
    func noteTooManyRequests(_ host: String) -> String? {
        hosts[host, default: HostState()].tooManyRequests += 1
        if hosts[host, default: HostState()].tooManyRequests >= giveUpAfter, hosts[host]?.givenUp == nil {
            hosts[host]?.givenUp = "\(host) keeps answering 429; given up for this run"
        }
        return hosts[host]?.givenUp
    }

    /// Records a timeout; consecutive ones give the host up instead of waiting out every link.
    func noteTimeout(_ host: String) -> String? {
        hosts[host, default: HostState()].timeouts += 1
        if hosts[host, default: HostState()].timeouts >= giveUpAfterTimeouts, hosts[host]?.givenUp == nil {
            hosts[host]?.givenUp = "\(host) keeps timing out; given up for this run"
        }
        return hosts[host]?.givenUp
    }

    /// An answer other than 429 shows the host is willing again.
    func noteAnswered(_ host: String) {
        guard hosts[host]?.givenUp == nil else { return }
        hosts[host]?.tooManyRequests = 0
        hosts[host]?.timeouts = 0
    }
}
