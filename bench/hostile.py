"""A seeded generator of hostile input files (issue 14, part 8).

    generate(folder, n, seed, scale) -> list[Made]

Every file is made from the real forms (samples/ and the clean corpus in
tests/corpus/clean/) or from nothing, by one of KINDS: random bytes, NUL
bytes, invalid UTF-8, UTF-16 with and without a BOM, cp874, mixed
encodings, forms truncated inside a character, lines shuffled or
duplicated, no newlines at all, CR or CRLF line ends, 1-5 MB single lines,
100,000 repetitions of a clause or a separator (every label and separator
of the forms), stacked combining marks, zero-width and bidi characters,
a person field followed by a long run of ", ", thousands of signature
lines, a form repeated hundreds of times; and odd file names (bytes that
are not UTF-8, NFD next to NFC, spaces, a newline, very long names, deep
folders, FIFOs, broken and looping links).  `scale` shrinks the big kinds
(1.0: megabytes; 0.05 for a quick slice in `make test`).  The same seed
gives the same files.

Each Made records the file's name under the folder (as the run names it),
its kind, and whether it is a real form cut short (`truncated`): the fuzz
runner (bench.fuzz) checks what the run made of each.
"""

from __future__ import annotations

import os
import random
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [*sorted((ROOT / "samples").glob("*.txt")), *sorted((ROOT / "tests" / "corpus" / "clean").glob("*.txt"))]

# Labels, clause words and separators of the three forms: each is repeated
# 100,000 times in one line or one a line, to find patterns quadratic in it.
CLAUSES = [
    "::", ":", " : ", ", ", ",", ".", "..", "...", "-", " - ", "/", "(", ")", "*", "**", "#", "|", "\t", "  ",
    "๑", "1", "1.", "1.1", "๑.๑", "(1)", "ข้อ", "รายงานครั้งที่ 1 :: ", "รายงานครั้งที่", "ครั้งที่",
    "ผลการดำเนินงาน", "ความก้าวหน้า", "ร้อยละ", "ร้อยละ 50", "50%", "บาท", "1,000 บาท", "1,000.00",
    "งบประมาณ", "งบประมาณที่ได้รับ", "งบประมาณที่เบิกใช้", "เบิกจ่าย", "ชื่อโครงการ", "รหัสโครงการ",
    "ชื่อผู้รับผิดชอบ", "ผู้ประสานงาน สยป", "โทร", "โทร.", "โทร. 1234", "ปีงบประมาณ", "ปีงบประมาณ 2566",
    "พ.ศ.", "พ.ศ. 2566", "31/10/2560", "1 ต.ค. 2566", "ตุลาคม", "ต.ค.", "วันที่", "ไตรมาส", "ไตรมาสที่ 1",
    "ลงชื่อ", "(ลงชื่อ)", "ผู้รายงาน", "ตำแหน่ง", "หน้า 1", "หน้า 1/2", "- 1 -", "ขอรับรองว่า",
    "วัตถุประสงค์", "เป้าหมาย", "เชิงปริมาณ", "เชิงคุณภาพ", "ตัวชี้วัด", "กิจกรรม", "กิจกรรมหลักที่ 1",
    "ปัญหาอุปสรรค", "ข้อเสนอแนะ", "หมายเหตุ", "สพป.", "สำนักงานเขตพื้นที่การศึกษา", "โครงการที่ 1",
    "หกหมื่นบาทถ้วน", "หนึ่ง ", "(หนึ่งร้อยบาทถ้วน)", "ดำเนินการแล้วเสร็จ", "อยู่ระหว่างดำเนินการ",
    "ยังไม่ดำเนินการ", "ยกเลิก", "ตามแผน", "ไม่ตามแผน", "เป็นไปตามเป้าหมาย", "แบบแสดงรายงานความก้าวหน้า",
    "ความเสี่ยง", "ประโยชน์ที่คาดว่าจะได้รับ", "ระยะเวลาดำเนินการ", "สถานที่ดำเนินการ", "ค่าใช้จ่าย",
    "จำนวน", "คน", "x", "=", "รวม", "รวมทั้งสิ้น", "ยุทธศาสตร์", "แผนแม่บท", "ประเด็น",
]
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e", "\u200f", "\u202a", "\u202b",
              "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u00ad", "\u061c"]
THAI_MARKS = ["\u0e31", "\u0e34", "\u0e35", "\u0e36", "\u0e37", "\u0e38", "\u0e39", "\u0e47", "\u0e48",
              "\u0e49", "\u0e4a", "\u0e4b", "\u0e4c", "\u0e4d", "\u0301", "\u0308"]


@dataclass(frozen=True)
class Made:
    name: str  # under the folder, as the run names it (pipeline.inputs.display_name)
    kind: str
    truncated: bool = False  # a real form cut short
    size: int = 0
    note: str = ""  # for a truncated form: which form, and the share of it kept


class Generator:
    def __init__(self, seed: int, scale: float):
        self.rng = random.Random(seed)
        self.scale = scale
        self.texts = [p.read_text(encoding="utf-8") for p in SOURCES]
        self.names = [p.name for p in SOURCES]
        self.last = 0  # index of the last form taken
        self.note = ""

    def form(self) -> str:
        self.last = self.rng.randrange(len(self.texts))
        return self.texts[self.last]

    def big(self, lo_mb: float, hi_mb: float) -> int:
        return max(1000, int(self.rng.uniform(lo_mb, hi_mb) * 1e6 * self.scale))

    def cp874(self, text: str) -> bytes:
        return text.encode("cp874", "replace")

    # ---------------------------------------------------------- kinds

    def random_bytes(self) -> bytes:
        return self.rng.randbytes(self.rng.choice([1, 7, 100, 4096, 65536]))

    def nul_bytes(self) -> bytes:
        choice = self.rng.random()
        if choice < 0.3:
            return b"\x00" * self.rng.choice([1, 1000, 100_000])
        data = bytearray(self.form().encode())
        for _ in range(self.rng.choice([1, 5, 50, 5000])):
            data.insert(self.rng.randrange(len(data)), 0)
        return bytes(data)

    def invalid_utf8(self) -> bytes:
        data = bytearray(self.form().encode())
        for _ in range(self.rng.choice([1, 2, 5, 20, 500])):
            data[self.rng.randrange(len(data))] = self.rng.choice([0xFF, 0xFE, 0xC0, 0x80, 0xE0, 0xF8])
        return bytes(data)

    def utf16(self) -> bytes:
        codec = self.rng.choice(["utf-16", "utf-16-le", "utf-16-be"])
        data = self.form().encode(codec)
        return data[: self.rng.randrange(len(data))] if self.rng.random() < 0.3 else data

    def cp874_file(self) -> bytes:
        return self.cp874(self.form())

    def mixed(self) -> bytes:
        lines = self.form().split("\n")
        return b"\n".join(self.cp874(ln) if self.rng.random() < 0.3 else ln.encode("utf-8") for ln in lines)

    def truncated(self) -> bytes:
        data = self.form().encode()
        keep = self.rng.uniform(0.1, 0.98)
        cut = int(len(data) * keep)
        while cut < len(data) and (data[cut] & 0xC0) != 0x80:  # inside a character
            cut += 1
        self.note = f"{self.names[self.last]} cut at {cut / len(data):.2f}"
        return data[:cut]

    def shuffled(self) -> bytes:
        lines = self.form().split("\n")
        if self.rng.random() < 0.5:
            self.rng.shuffle(lines)
        else:
            lines = [ln for ln in lines for _ in range(self.rng.choice([1, 1, 2, 5]))]
        return "\n".join(lines).encode()

    def no_newlines(self) -> bytes:
        return self.form().replace("\n", self.rng.choice([" ", "", "  "])).encode()

    def line_ends(self) -> bytes:
        return self.form().replace("\n", self.rng.choice(["\r", "\r\n", "\n\r", "\v", "\u2028", "\x85"])).encode()

    def one_huge_line(self) -> bytes:
        size = self.big(1, 5)
        text = self.form().replace("\n", " ")
        return ((text * (size // len(text.encode()) + 1)).encode())[:size].decode("utf-8", "ignore").encode()

    def repeated_clause(self) -> bytes:
        clause = self.rng.choice(CLAUSES)
        # 100,000 repetitions, at most about 1.5 MB (a long label fewer times)
        n = max(100, int(min(100_000, 1_500_000 // len(clause.encode())) * self.scale))
        sep = self.rng.choice(["", "", "\n", " "])
        head = self.form() if self.rng.random() < 0.5 else ""
        return (head + "\n" + sep.join([clause] * n)).encode()

    def combining(self) -> bytes:
        text = self.form()
        at = self.rng.randrange(len(text))
        stack = "".join(self.rng.choice(THAI_MARKS) for _ in range(self.rng.choice([10, 1000, 50_000])))
        return (text[:at] + stack + text[at:]).encode()

    def zero_width(self) -> bytes:
        text = self.form()
        share = self.rng.choice([0.01, 0.2, 1.0])
        out = []
        for ch in text:
            out.append(ch)
            if ch != "\n" and self.rng.random() < share:
                out.append(self.rng.choice(ZERO_WIDTH))
        return "".join(out).encode()

    def person_commas(self) -> bytes:
        text = self.form()
        n = max(100, int(self.rng.choice([30_000, 100_000]) * self.scale))
        for label in ("ชื่อผู้รับผิดชอบ", "ผู้ประสานงาน สยป", "ชื่อผู้เสนอโครงการ", "ผู้รับผิดชอบ"):
            if label in text:
                i = text.index("\n", text.index(label))
                return (text[:i] + ", " * n + text[i:]).encode()
        return (text + "\nชื่อผู้รับผิดชอบ : นายทดสอบ ระบบ" + ", " * n).encode()

    def signatures(self) -> bytes:
        n = max(100, int(20_000 * self.scale))
        return (self.form() + "\n" + "(ลงชื่อ)..........................ผู้รายงาน\n" * n).encode()

    def repeated_form(self) -> bytes:
        text = self.form()
        n = max(3, min(int(self.rng.choice([100, 300]) * self.scale * 10), 400_000 // max(1, len(text)) + 3))
        return ("\n\f\n".join([text] * n)).encode()

    def empty(self) -> bytes:
        return self.rng.choice([b"", b" ", b"\n\n\n", b"\t \r\n", "\u3000\n".encode()])

    KINDS: dict[str, tuple[float, Callable[[Generator], bytes]]] = {}


Generator.KINDS = {
    "random_bytes": (6, Generator.random_bytes),
    "nul_bytes": (4, Generator.nul_bytes),
    "invalid_utf8": (8, Generator.invalid_utf8),
    "utf16": (5, Generator.utf16),
    "cp874": (5, Generator.cp874_file),
    "mixed_encodings": (4, Generator.mixed),
    "truncated": (14, Generator.truncated),
    "shuffled_or_duplicated": (8, Generator.shuffled),
    "no_newlines": (4, Generator.no_newlines),
    "line_ends": (5, Generator.line_ends),
    "huge_line": (0.06, Generator.one_huge_line),
    "repeated_clause": (3, Generator.repeated_clause),
    "combining_marks": (3, Generator.combining),
    "zero_width_bidi": (6, Generator.zero_width),
    "person_commas": (2, Generator.person_commas),
    "signatures": (1, Generator.signatures),
    "repeated_form": (0.3, Generator.repeated_form),
    "empty": (2, Generator.empty),
    "plain_form": (10, lambda g: g.form().encode()),
}


def _odd_name(rng: random.Random, i: int, suffix: str) -> bytes:
    """A file name (bytes) that tests how names are kept."""
    choice = rng.randrange(12)
    stem = f"{i:05d}"
    if choice == 0:
        return f"{stem}-caf".encode() + b"\xe9\xff" + suffix.encode()  # not UTF-8
    if choice == 1:
        return unicodedata.normalize("NFD", f"{stem}-รายงานที่ ๑ é{suffix}").encode()
    if choice == 2:
        return f" {stem} with  spaces {suffix}".encode()
    if choice == 3:
        return f"{stem}\nnewline{suffix}".encode()
    if choice == 4:
        return (f"{stem}-" + "ยาว" * 80)[:200].encode()[:240].decode("utf-8", "ignore").encode() + suffix.encode()
    if choice == 5:
        return f"-{stem}--full{suffix}".encode()
    if choice == 6:
        return f"{stem}-\u202eexe.{suffix[1:]}{suffix}".encode()
    if choice == 7:
        return f"{stem}-\\back\\slash{suffix}".encode()
    if choice == 8:
        return f"{stem}-{suffix.upper()[1:]}{suffix.upper()}".encode()
    if choice == 9:
        return f"{stem}-😀-ملف{suffix}".encode()
    return f"{stem}{suffix}".encode()


def generate(folder: Path, n: int, seed: int = 14, scale: float = 1.0, specials: bool = True) -> list[Made]:
    """n hostile files in `folder` (made fresh), plus, with `specials`, a
    FIFO, a broken link, a link loop, a deep folder and an NFC/NFD pair."""
    from pipeline.inputs import display_name

    gen = Generator(seed, scale)
    rng = gen.rng
    folder.mkdir(parents=True, exist_ok=True)
    base = os.fsencode(folder)
    kinds = list(Generator.KINDS)
    weights = [Generator.KINDS[k][0] for k in kinds]
    made: list[Made] = []
    for i in range(n):
        kind = rng.choices(kinds, weights)[0]
        data = Generator.KINDS[kind][1](gen)
        sub = f"batch-{i // 500:02d}".encode()
        name = _odd_name(rng, i, rng.choice([".txt", ".txt", ".txt", ".md"])) if rng.random() < 0.15 else \
            f"{i:05d}-{kind}.txt".encode()
        os.makedirs(base + b"/" + sub, exist_ok=True)
        with open(base + b"/" + sub + b"/" + name, "wb") as handle:
            handle.write(data)
        rel = (sub + b"/" + name).decode("utf-8", "surrogateescape")
        made.append(Made(display_name(rel), kind, kind == "truncated", len(data), gen.note))
        gen.note = ""
    if specials:
        made += _specials(folder, gen)
    return made


def _specials(folder: Path, gen: Generator) -> list[Made]:
    from pipeline.inputs import display_name

    out = []
    special = folder / "special"
    special.mkdir(exist_ok=True)
    if hasattr(os, "mkfifo"):
        os.mkfifo(special / "fifo.txt")
        out.append(Made("special/fifo.txt", "fifo"))
    os.symlink("does-not-exist.txt", special / "broken-link.txt")
    out.append(Made("special/broken-link.txt", "broken_link"))
    os.symlink("loop.txt", special / "loop.txt")
    out.append(Made("special/loop.txt", "link_loop"))
    deep = special.joinpath(*[f"d{i}" for i in range(40)])
    deep.mkdir(parents=True)
    (deep / "deep.txt").write_bytes(gen.form().encode())
    out.append(Made(display_name(str(deep.relative_to(folder) / "deep.txt")), "deep_folder"))
    nfc = unicodedata.normalize("NFC", "ผลงานé.txt")
    nfd = unicodedata.normalize("NFD", nfc)
    for name in (nfc, nfd):  # two files whose names differ only in normalisation: two documents
        (special / name).write_bytes(gen.form().encode())
        out.append(Made(f"special/{name}", "nfc_nfd_pair"))
    (special / "folder.txt").mkdir()  # a folder named like a file: walked, not a document
    return out
