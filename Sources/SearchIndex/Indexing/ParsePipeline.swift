import Foundation

/// Runs `work` over `count` items on background threads and hands the results back in order, at most
/// `window` items ahead of the consumer: the parser keeps the second core busy while the writer writes.
final class ParsePipeline<Result>: @unchecked Sendable {
    private let condition = NSCondition()
    private var slots: [Int: Result] = [:]
    private var nextToClaim = 0
    private var consumed = 0
    private var cancelled = false
    private let count: Int
    private let window: Int
    private let work: @Sendable (Int) -> Result

    init(count: Int, workers: Int, window: Int = 32, work: @escaping @Sendable (Int) -> Result) {
        self.count = count
        self.window = max(1, window)
        self.work = work
        for _ in 0..<max(1, min(workers, count)) {
            let thread = Thread { [self] in self.workerLoop() }
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    private func workerLoop() {
        while true {
            condition.lock()
            while !cancelled && nextToClaim < count && nextToClaim >= consumed + window { condition.wait() }
            if cancelled || nextToClaim >= count { condition.unlock(); return }
            let index = nextToClaim
            nextToClaim += 1
            condition.unlock()
            let result = work(index)
            condition.lock()
            slots[index] = result
            condition.broadcast()
            condition.unlock()
        }
    }

    /// The result of item `index`; call with 0, 1, 2, … in order.
    func result(_ index: Int) -> Result {
        condition.lock()
        defer { condition.unlock() }
        while slots[index] == nil { condition.wait() }
        let result = slots.removeValue(forKey: index)!
        consumed = index + 1
        condition.broadcast()
        return result
    }

    /// Stops the workers after their current item.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }
}
