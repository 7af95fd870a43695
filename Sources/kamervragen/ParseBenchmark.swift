import ArgumentParser
import Foundation
import DutchText
import Kamervragen

/// `kamervragen parse --bench DIR` (hidden): parses every regular file under DIR in one process and
/// prints parse-only throughput (files read into memory first, so only decoding and parsing are timed).
enum ParseBenchmark {
    static func run(folder: String) throws {
        let root = URL(fileURLWithPath: folder)
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey],
                                                          options: [.skipsHiddenFiles]) else {
            FileHandle.standardError.write(Data("kamervragen: \(folder): cannot read folder\n".utf8))
            throw ExitCode(2)
        }
        var files: [(path: String, bytes: [UInt8])] = []
        for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
            if let data = FileManager.default.contents(atPath: url.path) { files.append((url.path, [UInt8](data))) }
        }
        files.sort { $0.path < $1.path }
        let total = files.reduce(0) { $0 + $1.bytes.count }
        let parser = DocumentParser()
        let clock = ContinuousClock()
        // The word list loads lazily on first use: time it apart from the documents.
        let warmup = clock.measure { _ = Lexicon.shared.count }
        var questions = 0
        let cpuStart = cpuSeconds()
        let elapsed = clock.measure {
            for f in files {
                // Generated corpora are UTF-8; other encodings are the reader's cost, not the parser's.
                let text = String(decoding: f.bytes, as: UTF8.self)
                questions += parser.parse(text: text).questions.count
            }
        }
        let cpu = cpuSeconds() - cpuStart
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let lexSeconds = Double(warmup.components.seconds) + Double(warmup.components.attoseconds) / 1e18
        let mb = Double(total) / 1_000_000
        print(String(format: "%d files, %.2f MB, %d questions; lexicon %.3f s; parse %.3f s, %.2f MB/s (CPU %.3f s, %.2f MB/s)",
                     files.count, mb, questions, lexSeconds, seconds, mb / seconds, cpu, mb / cpu))
    }

    /// CPU time of this process (steadier than wall time on a shared machine).
    private static func cpuSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}
