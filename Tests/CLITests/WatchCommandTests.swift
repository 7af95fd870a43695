import Foundation
import XCTest

/// `kamervragen watch` as a user runs it from cron (issue 16).
final class WatchCommandTests: XCTestCase {
    func testAWatchReportsANewAnswerOnceAndWritesAValidFeed() throws {
        let repo = try ScratchRepo(fullCorpus: true)
        // The answers of case 2025Z01234 arrive later.
        let answers = repo.path + "/Corpus/023_zaak-antwoord-zie-ook.txt"
        try FileManager.default.moveItem(atPath: answers, toPath: repo.path + "/later.txt")
        XCTAssertEqual(try repo.run("index").status, 0)
        let add = try repo.run("watch", "add", "sluizen", "Kornwerderzand")
        XCTAssertEqual(add.status, 0, add.stderr)
        XCTAssertEqual(try repo.run("watch", "run").stdout, "", "nothing new: no output, so cron sends no mail")
        Thread.sleep(forTimeInterval: 1.1)
        try FileManager.default.moveItem(atPath: repo.path + "/later.txt", toPath: answers)
        XCTAssertEqual(try repo.run("index").status, 0)
        let feeds = repo.path + "/feeds"
        try FileManager.default.createDirectory(atPath: feeds, withIntermediateDirectories: true)
        let run = try repo.run("watch", "run", "--atom", feeds)
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.hasPrefix("== sluizen (Kornwerderzand): 1 answered"), run.stdout)
        XCTAssertTrue(run.stdout.contains("023_zaak-antwoord-zie-ook.txt #1"), run.stdout)
        XCTAssertEqual(try repo.run("watch", "run").stdout, "", "the second run is empty")
        // The feed, checked by a real feed parser when one is installed (CI installs feedparser).
        let feed = feeds + "/sluizen.atom"
        XCTAssertTrue(try String(contentsOfFile: feed, encoding: .utf8).contains("<entry>"))
        let check = try CLI.runProcess("/usr/bin/env", ["python3", CLI.packageRoot.path + "/scripts/feed-check", feed])
        if check.status == 1 && check.stderr.contains("needs feedparser") {
            print("feed-check skipped: feedparser is not installed")
        } else {
            XCTAssertEqual(check.status, 0, check.stdout + check.stderr)
        }
        // The JSON report: one event object per line.
        XCTAssertEqual(try repo.run("watch", "show", "sluizen").status, 0)
    }

    func testBadInputGetsOneLineAndExitTwo() throws {
        let repo = try ScratchRepo(fullCorpus: true)
        XCTAssertEqual(try repo.run("index").status, 0)
        XCTAssertEqual(try repo.run("watch", "add", "a", "motie").status, 0)
        for args in [["watch", "add", "leeg", "--", "-motie"], ["watch", "add", "a", "gemeente"],
                     ["watch", "remove", "onbekend"], ["watch", "run", "onbekend"], ["watch", "show", "onbekend"],
                     ["watch", "run", "--atom", repo.path + "/bestaat-niet"]] {
            let result = try repo.run(args)
            XCTAssertEqual(result.status, 2, "\(args): \(result.stderr)")
            XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, "\(args): \(result.stderr)")
        }
    }
}
