#!/usr/bin/env python3
"""Write a small, valid text PDF (Helvetica, WinAnsiEncoding) from pages of text lines.

Used to make `Corpus/014_pdf-twee-paginas.pdf` and, by `generate-corpus --pdf-every N`, PDF documents
in a generated corpus. Stdlib only. `pdftotext` extracts the lines in order.

usage as a script: bench_pdf.py IN.txt OUT.pdf   (a form feed \\f in IN.txt starts a new page)
"""
import sys
import zlib

PAGE_W, PAGE_H = 595, 842          # A4 in points
MARGIN_X, TOP_Y, LEADING = 56, 790, 13.5


def _escape(line: str) -> bytes:
    raw = line.encode("cp1252", errors="replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _content(lines, size=10):
    out = [b"BT", b"/F1 %d Tf" % size, b"%.1f TL" % LEADING, b"%d %d Td" % (MARGIN_X, TOP_Y)]
    for line in lines:
        out.append(b"(" + _escape(line) + b") Tj T*")
    out.append(b"ET")
    return b"\n".join(out)


def text_pdf(pages, compress=True) -> bytes:
    """Return the bytes of a PDF with one page per list of lines."""
    objects = []  # index i holds object number i+1

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")  # filled in below
    pages_obj = add(b"")
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    kids = []
    for lines in pages:
        stream = _content(lines)
        if compress:
            stream = zlib.compress(stream)
            head = b"<< /Length %d /Filter /FlateDecode >>" % len(stream)
        else:
            head = b"<< /Length %d >>" % len(stream)
        content = add(head + b"\nstream\n" + stream + b"\nendstream")
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>"
                        % (pages_obj, PAGE_W, PAGE_H, font, content)))
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_obj
    objects[pages_obj - 1] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids)
                              + b"] /Count %d >>" % len(kids))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, catalog, xref)
    return bytes(out)


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 64
    text = open(argv[1], encoding="utf-8").read()
    pages = [p.rstrip("\n").split("\n") for p in text.split("\f")]
    with open(argv[2], "wb") as f:
        f.write(text_pdf(pages))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
