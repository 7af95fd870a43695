/// Which ASCII words Porter's Dutch stemmer cannot change, decided from their last letters, so the
/// chain skips both the stem cache and the stemmer for them (about half the tokens of running text).
///
/// Porter's rules only remove or rewrite these endings: `-e` (step 2, `-ene`), `-n` (`-en`, `-heden`),
/// `-s` (`-s`, `-se`), `-d` (`-heid`, `-end`), `-g` (`-ing`, `-ig`), `-k` (`-lijk`), `-r` (`-baar`,
/// `-bar`); apart from those, step 4 undoubles `aa ee oo uu` before a final non-vowel (`maal` → `mal`,
/// `kooy` → `koy`). And a word of up to 3 letters has an empty R1 and is too short to undouble.
/// The Snowball oracle test checks this against all 45,670 words.
enum PorterShortcut {
    /// True when `word` (lower-case ASCII or not) certainly stems to itself.
    @inline(__always)
    static func leavesUnchanged(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = word.count
        guard n > 3 else { return word.allSatisfy { $0 < 0x80 } }
        let last = word[n - 1]
        switch last {
        case UInt8(ascii: "e"), UInt8(ascii: "n"), UInt8(ascii: "s"), UInt8(ascii: "d"), UInt8(ascii: "g"),
             UInt8(ascii: "k"), UInt8(ascii: "r"):
            return false
        default:
            break
        }
        let v1 = word[n - 2], v2 = word[n - 3]
        if v1 == v2, v1 == UInt8(ascii: "a") || v1 == UInt8(ascii: "e") || v1 == UInt8(ascii: "o") || v1 == UInt8(ascii: "u"),
           !(last == UInt8(ascii: "a") || last == UInt8(ascii: "e") || last == UInt8(ascii: "i") || last == UInt8(ascii: "o")
             || last == UInt8(ascii: "u")) {
            return false
        }
        return word.allSatisfy { $0 < 0x80 }
    }
}
