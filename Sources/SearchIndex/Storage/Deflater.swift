import Foundation
import SystemZlib

/// A zlib deflate stream kept from one text to the next. `compress2` sets a stream up and tears it down
/// for every call (some 260 KB of buffers allocated, the 64 KB hash head cleared), which for a pair's few
/// kilobytes costs about as much as compressing them; `deflateReset` starts the same stream afresh, and
/// the output is byte for byte what `compress2` gives at the same level. Not thread-safe: borrow one
/// with ``withDeflater(level:_:)``.
final class Deflater {
    private var stream = z_stream()
    private let ready: Bool
    /// Where the output goes before it is copied out at its exact size.
    private var scratch: UnsafeMutableRawBufferPointer

    init(level: Int32) {
        ready = deflateInit_(&stream, level, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK
        scratch = .allocate(byteCount: 64 << 10, alignment: 16)
    }

    deinit {
        if ready { deflateEnd(&stream) }
        scratch.deallocate()
    }

    /// `bytes` as `compress2(_, _, bytes, _, level)` compresses them, or nil when zlib fails.
    func compress(_ bytes: UnsafeBufferPointer<UInt8>) -> Data? {
        guard ready, let base = bytes.baseAddress, bytes.count <= Int(UInt32.max) / 2,
              deflateReset(&stream) == Z_OK else { return nil }
        let bound = Int(deflateBound(&stream, uLong(bytes.count)))
        if scratch.count < bound {
            scratch.deallocate()
            scratch = .allocate(byteCount: bound, alignment: 16)
        }
        stream.next_in = UnsafeMutablePointer(mutating: base)
        stream.avail_in = uInt(bytes.count)
        stream.next_out = scratch.baseAddress!.assumingMemoryBound(to: Bytef.self)
        stream.avail_out = uInt(scratch.count)
        guard deflate(&stream, Z_FINISH) == Z_STREAM_END else { return nil }
        return Data(bytes: scratch.baseAddress!, count: Int(stream.total_out))
    }

    /// Runs `body` with a deflater of `level` that no other thread uses meanwhile (kept for reuse).
    static func withDeflater<R>(level: Int32, _ body: (Deflater) -> R) -> R {
        let deflater = pool.take(level: level)
        defer { pool.give(deflater, level: level) }
        return body(deflater)
    }

    private static let pool = Pool()

    /// Idle deflaters by level: at most as many as threads ever compressed at once.
    private final class Pool: @unchecked Sendable {
        private let lock = NSLock()
        private var idle: [Int32: [Deflater]] = [:]
        func take(level: Int32) -> Deflater {
            lock.lock()
            let deflater = idle[level]?.popLast()
            lock.unlock()
            return deflater ?? Deflater(level: level)
        }
        func give(_ deflater: Deflater, level: Int32) {
            lock.lock(); idle[level, default: []].append(deflater); lock.unlock()
        }
    }
}
