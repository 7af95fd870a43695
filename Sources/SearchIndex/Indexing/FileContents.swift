import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads a file found by the walk for hashing, safely: never more than a size limit (a huge file costs
/// no memory), never blocking on something that turned into a FIFO since the walk, and with the system's
/// reason when the read fails.
enum FileContents {
    enum Failure: Error, Equatable {
        case tooLarge(Int64)
        case unreadable(String)
    }

    /// The bytes of the regular file at `path`, or why not.
    static func read(_ path: String, limit: Int) -> Result<Data, Failure> {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return .failure(.unreadable(String(cString: strerror(errno)))) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return .failure(.unreadable(String(cString: strerror(errno)))) }
        guard (st.st_mode & S_IFMT) == S_IFREG else { return .failure(.unreadable("not a regular file")) }
        if st.st_size > limit { return .failure(.tooLarge(Int64(st.st_size))) }
        var data = Data(capacity: Int(st.st_size))
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return .failure(.unreadable(String(cString: strerror(errno))))
            }
            if n == 0 { break }
            data.append(contentsOf: buffer[0..<n])
            if data.count > limit { return .failure(.tooLarge(Int64(data.count))) }  // grew since fstat
        }
        return .success(data)
    }

    /// The one-line reason for a failure, as `kamervragen index` prints it.
    static func describe(_ failure: Failure, limit: Int) -> String {
        switch failure {
        case .tooLarge(let size):
            return "file too large (\(size) bytes; limit \(limit), set KAMERVRAGEN_MAX_FILE_SIZE)"
        case .unreadable(let reason):
            return "cannot read file: \(reason)"
        }
    }
}
