import ArgumentParser
import SearchIndex

/// The exit codes of `index`, `search`, `show` and `stats`, as grep and ripgrep use them:
/// 0 found / all good, 1 nothing found, 2 error, 3 `index` finished but some files failed,
/// 64 usage error (ArgumentParser's validation failures already exit 64).
enum ExitStatus {
    static let found: Int32 = 0
    static let notFound: Int32 = 1
    static let error: Int32 = 2
    static let partial: Int32 = 3
    static let usage: Int32 = 64
}

/// Prints `kamervragen: message` on stderr and returns the exit code to throw.
func failure(_ message: String, code: Int32 = ExitStatus.error) -> ExitCode {
    Output.error(message)
    return ExitCode(code)
}

/// Runs `body`, turning an ``IndexError`` (or any other error) into a one-line message and exit code
/// 2 (64 for invalid input given on the command line), never a crash or SQLite text dump.
func reportingErrors<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as ExitCode {
        throw error
    } catch let error as IndexError {
        throw failure(error.message, code: error.kind == .invalidInput ? ExitStatus.usage : ExitStatus.error)
    } catch {
        throw failure("\(error)")
    }
}
