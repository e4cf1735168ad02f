@testable import IQConcurrency
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The pool every parallel step shares. Also run under the thread sanitizer:
///
///     swift test --sanitize=thread --scratch-path .build-tsan --filter "WorkPoolTests|ConcurrentParsingTests|ParallelLintingTests|ParsingFileTests|FastPathAgreementTests"
@Suite struct WorkPoolTests {
    /// Each piece's thread, as a number the test can compare.
    static func threadNumber() -> UInt64 {
        #if canImport(Darwin)
        UInt64(UInt(bitPattern: pthread_self()))
        #else
        UInt64(pthread_self())
        #endif
    }

    @Test func everyPieceRunsOnceAndNestedStepsComplete() {
        let pool = WorkPool(workers: 3)
        let counter = Counter(40 * 30)
        pool.forEach(count: 40) { outer in
            pool.forEach(count: 30) { inner in counter.bump(outer * 30 + inner) }
        }
        #expect(counter.runs == [Int](repeating: 1, count: 40 * 30))
    }

    /// What libdispatch did not do: a step started inside another step's piece gets the idle
    /// worker, not only its own thread.
    @Test func aNestedStepGetsAnIdleWorker() {
        let pool = WorkPool(workers: 1)
        let threads = Locked<Set<UInt64>>([])
        pool.forEach(count: 2) { outer in
            guard outer == 0 else { return }
            pool.forEach(count: 8) { _ in
                usleep(20_000)
                let thread = Self.threadNumber()
                threads.withLock { _ = $0.insert(thread) }
            }
        }
        #expect(threads.withLock { $0.count } == 2)
    }

    @Test func finishRunsOnceOnEachThreadThatRanPiecesBeforeTheStepReturns() {
        let pool = WorkPool(workers: 2)
        for _ in 0..<20 {
            let ran = Locked<[UInt64: Int]>([:])
            let finished = Locked<[UInt64: Int]>([:])
            pool.forEach(count: 16, finish: {
                let thread = Self.threadNumber()
                finished.withLock { $0[thread, default: 0] += 1 }
            }) { _ in
                usleep(500)
                let thread = Self.threadNumber()
                ran.withLock { $0[thread, default: 0] += 1 }
            }
            let ranOn = ran.withLock { Set($0.keys) }
            #expect(finished.withLock { $0 } == Dictionary(uniqueKeysWithValues: ranOn.map { ($0, 1) }))
            #expect(ran.withLock { $0.values.reduce(0, +) } == 16)
        }
    }

    /// Callers outside the pool at once, each with three levels of steps: all finish, each
    /// piece once.
    @Test func concurrentCallersWithNestedStepsAllFinish() async {
        let pool = WorkPool(workers: 2)
        let counter = Counter(4 * 6 * 5 * 4)
        await withTaskGroup(of: Void.self) { group in
            for caller in 0..<4 {
                group.addTask {
                    pool.forEach(count: 6) { first in
                        pool.forEach(count: 5) { second in
                            pool.forEach(count: 4) { third in counter.bump(((caller * 6 + first) * 5 + second) * 4 + third) }
                        }
                    }
                }
            }
        }
        #expect(counter.runs == [Int](repeating: 1, count: 4 * 6 * 5 * 4))
    }

    @Test func withoutWorkersTheCallerRunsEveryPieceInOrder() {
        let pool = WorkPool(workers: 0)
        let order = Locked<[Int]>([])
        var finishes = 0
        withUnsafeMutablePointer(to: &finishes) { finishes in
            let finishes = UnsafeSendable(finishes)
            pool.forEach(count: 5, finish: { finishes.pointer.pointee += 1 }) { piece in order.withLock { $0.append(piece) } }
        }
        #expect(order.withLock { $0 } == [0, 1, 2, 3, 4])
        #expect(finishes == 1)
    }

    /// A value behind a pthread mutex (`NSLock`): the thread sanitizer does not see the futex
    /// of `Synchronization.Mutex`, and took every access behind one for a race.
    final class Locked<Value>: @unchecked Sendable {
        private var value: Value
        private let lock = NSLock()
        init(_ value: Value) { self.value = value }
        func withLock<Result>(_ body: (inout Value) -> Result) -> Result {
            lock.lock()
            defer { lock.unlock() }
            return body(&value)
        }
    }

    /// How many times each piece ran.
    private final class Counter: Sendable {
        private let counts: Locked<[Int]>
        init(_ count: Int) { counts = Locked([Int](repeating: 0, count: count)) }
        func bump(_ index: Int) { counts.withLock { $0[index] += 1 } }
        var runs: [Int] { counts.withLock { $0 } }
    }

    private struct UnsafeSendable<Pointee>: @unchecked Sendable {
        let pointer: UnsafeMutablePointer<Pointee>
        init(_ pointer: UnsafeMutablePointer<Pointee>) { self.pointer = pointer }
    }
}

/// What a thread may help with: only steps started inside its own.
@Suite struct WorkPoolNestingTests {
    /// A thread holding something (here a semaphore others wait for) while it runs a step of
    /// its own must not take up a piece of an unrelated step that waits for what it holds: the
    /// parse of a base version, which rule jobs wait for, is such a step.
    @Test func aThreadDoesNotHelpAStepThatIsNotNestedInItsOwn() {
        let pool = WorkPool(workers: 1)
        let released = DispatchSemaphore(value: 0)
        let holderStarted = DispatchSemaphore(value: 0)
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            pool.forEach(count: 6) { piece in
                if piece == 0 { holderStarted.signal() }
                usleep(30_000)
            }
            released.signal()
            done.signal()
        }
        holderStarted.wait()
        Thread.detachNewThread {
            // More pieces than threads, each waiting for the holder to finish.
            pool.forEach(count: 4) { _ in
                released.wait()
                released.signal()
            }
            done.signal()
        }
        let finished = done.wait(timeout: .now() + 20) == .success && done.wait(timeout: .now() + 20) == .success
        #expect(finished, "the holder took a piece that waits for itself")
    }

    /// The thread that started a step helps the steps nested in it while its last pieces run
    /// elsewhere, instead of waiting idle.
    @Test func aCallerHelpsTheStepsStartedInItsStepWhileItWaits() {
        let pool = WorkPool(workers: 1)
        let threads = WorkPoolTests.Locked<Set<UInt64>>([])
        pool.forEach(count: 2) { outer in
            // The caller takes piece 0 first and is still on it when the worker takes piece 1.
            guard outer == 1 else { usleep(10_000); return }
            pool.forEach(count: 8) { _ in
                usleep(20_000)
                let thread = WorkPoolTests.threadNumber()
                threads.withLock { _ = $0.insert(thread) }
            }
        }
        #expect(threads.withLock { $0.count } == 2)
    }
}
