#!/usr/bin/env python3
"""The OpenTaal word list compiled into kamervragen (Sources/DutchText/WordList/BundledWordListData.swift),
decoded from its front coding (see scripts/make-word-list). Run it to print the list, one word a line;
scripts import `text()` when there is no other list."""
import pathlib
import sys

SOURCE = pathlib.Path(__file__).resolve().parent.parent / "Sources/DutchText/WordList/BundledWordListData.swift"


def text() -> str:
    """The list, exactly as the program decodes it."""
    source = SOURCE.read_text(encoding="utf-8")
    body = source[source.index('#"""\n') + 5:source.rindex('"""#')]
    out = []
    previous = b""
    for line in body.encode("utf-8").split(b"\n")[:-1]:
        word = previous[:line[0] - 0x30] + line[1:]
        out.append(word)
        previous = word
    return b"".join(w + b"\n" for w in out).decode("utf-8")


if __name__ == "__main__":
    sys.stdout.write(text())
