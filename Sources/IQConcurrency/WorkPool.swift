#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Fork–join on one thread per core, shared by every parallel step, nested ones included.
///
/// A step publishes its pieces; the calling thread runs them itself, and idle workers join in,
/// newest step first. A thread between two pieces of its step first helps the steps nested in
/// that step (started inside one of its pieces, on any thread), newest first: a nested step is
/// on the path of the one that started it. libdispatch's `concurrentPerform` ran a nested call
/// on its caller alone: the duplicate search, started inside the linter's rule jobs, used one
/// core even after the other rules were done.
///
/// No deadlock: a thread waits only for pieces other threads are running, never while a piece
/// of its step is unclaimed, and helps only steps nested in its own, so whatever a helped
/// piece waits for (a file that thread is parsing, say) it would also wait for run serially.
public final class WorkPool: @unchecked Sendable {
    /// The pool of the process: a worker per core beside the thread that calls it.
    public static let shared = WorkPool(workers: max(0, cores - 1))

    /// Online processors, or 1 under `IQLINT_THREADS=1`, which runs every step on its caller.
    public static let cores: Int = {
        if let value = getenv("IQLINT_THREADS"), String(cString: value) == "1" { return 1 }
        return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }()

    /// Worker threads get the main thread's usual stack: a deeply nested document recurses.
    static let stackBytes = 8 << 20

    private let workerCount: Int
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    /// Signalled when a step is published and when one finishes: workers wait for the first,
    /// callers for either (they help the steps nested in theirs while theirs runs elsewhere).
    private let changed: UnsafeMutablePointer<pthread_cond_t>
    // Guarded by `mutex`.
    private var open: [Step] = []
    private var workersStarted = false

    /// One call's pieces: `claimed` of them handed out, `finished` done (and their thread's
    /// `finish` run). Guarded by the pool's mutex.
    private final class Step {
        let count: Int
        /// The step whose piece started this one (on the calling thread), nil for a step
        /// started outside any piece.
        let parent: Step?
        /// Set to nil by the caller once every piece has finished: the closure must not
        /// outlive the call (another thread may still hold the step a moment).
        var body: ((Int) -> Void)?
        let finish: (() -> Void)?
        var claimed = 0
        var finished = 0

        init(count: Int, parent: Step?, body: @escaping (Int) -> Void, finish: (() -> Void)?) {
            self.count = count
            self.parent = parent
            self.body = body
            self.finish = finish
        }

        /// Whether `self` was started inside a piece of `step`, at any depth.
        func isNested(in step: Step) -> Bool {
            var ancestor = parent
            while let current = ancestor {
                if current === step { return true }
                ancestor = current.parent
            }
            return false
        }
    }

    /// The step whose piece the calling thread is running, if any (a thread-specific value;
    /// the step outlives its pieces).
    private static let currentStepKey: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    private static var currentStep: Step? {
        pthread_getspecific(currentStepKey).map { Unmanaged<Step>.fromOpaque($0).takeUnretainedValue() }
    }

    public init(workers: Int) {
        workerCount = workers
        mutex = .allocate(capacity: 1)
        pthread_mutex_init(mutex, nil)
        changed = .allocate(capacity: 1)
        pthread_cond_init(changed, nil)
    }

    /// Runs `body(0)` … `body(count - 1)` on the calling thread and any idle workers, and
    /// returns when all have returned; while the last pieces run on other threads, the calling
    /// thread helps the steps they start. Each thread that ran pieces calls `finish` once after
    /// its last one, before this returns (a thread-local cache can be released there).
    public func forEach(count: Int, finish: (@Sendable () -> Void)? = nil, _ body: @Sendable (Int) -> Void) {
        guard count > 0 else { return }
        guard count > 1, workerCount > 0 else {
            for piece in 0..<count { body(piece) }
            finish?()
            return
        }
        withoutActuallyEscaping(body) { body in
            let step = Step(count: count, parent: Self.currentStep, body: body, finish: finish)
            pthread_mutex_lock(mutex)
            startWorkersIfNeeded()
            open.append(step)
            pthread_cond_broadcast(changed)
            pthread_mutex_unlock(mutex)
            runPieces(of: step)
            pthread_mutex_lock(mutex)
            while step.finished < step.count {
                if let nested = open.last(where: { $0.isNested(in: step) }) {
                    pthread_mutex_unlock(mutex)
                    runPieces(of: nested)
                    pthread_mutex_lock(mutex)
                } else {
                    pthread_cond_wait(changed, mutex)
                }
            }
            step.body = nil
            pthread_mutex_unlock(mutex)
        }
    }

    /// Runs pieces of `step` until none is left unclaimed, then `finish`, and counts them
    /// finished. Between pieces, the newest open step nested in `step` is helped first: the
    /// rule jobs of a lint are one step, and the duplicate search they start is on the path to
    /// its end.
    private func runPieces(of step: Step) {
        var ran = 0
        while true {
            switch next(of: step) {
            case .nested(let nested): runPieces(of: nested)
            case .piece(let piece):
                let outer = pthread_getspecific(Self.currentStepKey)
                pthread_setspecific(Self.currentStepKey, Unmanaged.passUnretained(step).toOpaque())
                step.body?(piece)
                pthread_setspecific(Self.currentStepKey, outer)
                ran += 1
            case .none:
                guard ran > 0 else { return }
                step.finish?()
                pthread_mutex_lock(mutex)
                step.finished += ran
                if step.finished == step.count { pthread_cond_broadcast(changed) }
                pthread_mutex_unlock(mutex)
                return
            }
        }
    }

    private enum Next {
        case nested(Step)
        case piece(Int)
        case none
    }

    /// The newest open step nested in `step`, else a claimed piece of `step`.
    private func next(of step: Step) -> Next {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        guard let index = open.lastIndex(where: { $0 === step }) else { return .none }
        if let nested = open[(index + 1)...].last(where: { $0.isNested(in: step) }) { return .nested(nested) }
        let piece = step.claimed
        step.claimed += 1
        if step.claimed == step.count { open.remove(at: index) }
        return .piece(piece)
    }

    private func workerLoop() -> Never {
        while true {
            pthread_mutex_lock(mutex)
            while open.isEmpty { pthread_cond_wait(changed, mutex) }
            let step = open[open.count - 1]
            pthread_mutex_unlock(mutex)
            runPieces(of: step)
        }
    }

    /// Called with the mutex held. Workers live as long as the process, idle on a condition.
    private func startWorkersIfNeeded() {
        guard !workersStarted else { return }
        workersStarted = true
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setstacksize(&attributes, Self.stackBytes)
        pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
        for _ in 0..<workerCount {
            let context = Unmanaged.passRetained(self).toOpaque()
            #if canImport(Darwin)
            var thread: pthread_t?
            let started = pthread_create(&thread, &attributes, { context in
                Unmanaged<WorkPool>.fromOpaque(context).takeUnretainedValue().workerLoop()
            }, context)
            #else
            var thread = pthread_t()
            let started = pthread_create(&thread, &attributes, { context in
                Unmanaged<WorkPool>.fromOpaque(context!).takeUnretainedValue().workerLoop()
            }, context)
            #endif
            // Without workers every step still completes: its caller runs all of its pieces.
            if started != 0 { Unmanaged<WorkPool>.fromOpaque(context).release() }
        }
    }
}
