import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The one-indexer-at-a-time lock: an exclusive `flock` on `<db>.lock`, which holds the owner's pid.
/// The kernel drops the lock when the process dies, so a killed indexer never leaves a stale lock.
public final class IndexLock {
    private let fd: Int32
    public let path: String

    /// Takes the lock, waiting up to `wait` seconds; throws ``IndexError/Kind/locked`` naming the holder.
    public init(databasePath: String, wait: Double) throws {
        path = databasePath + ".lock"
        let dir = (databasePath as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw IndexError(.io, "cannot open lock file \(path): \(String(cString: strerror(errno)))")
        }
        let deadline = Date().addingTimeInterval(max(0, wait))
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            if errno != EWOULDBLOCK && errno != EINTR {
                let reason = String(cString: strerror(errno))
                close(fd)
                throw IndexError(.io, "cannot lock \(path): \(reason)")
            }
            if Date() >= deadline {
                // The holder writes its pid just after taking the lock: give it a moment to do so.
                var holder = IndexLock.readPid(fd: fd)
                for _ in 0..<10 where holder == nil {
                    usleep(20_000)
                    holder = IndexLock.readPid(fd: fd)
                }
                close(fd)
                throw IndexError(.locked, "another kamervragen index is running (pid \(holder.map(String.init) ?? "unknown"))")
            }
            usleep(100_000)
        }
        let pid = "\(getpid())\n"
        _ = ftruncate(fd, 0)
        _ = pid.withCString { pwrite(fd, $0, strlen($0), 0) }
    }

    private static func readPid(fd: Int32) -> Int? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let n = pread(fd, &buffer, 31, 0)
        guard n > 0 else { return nil }
        return Int(String(decoding: buffer[0..<n], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
