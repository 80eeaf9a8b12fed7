"""The OCR twin's layout and seeded choices (tests/corpus/ocr_twin.py).

Nothing here needs tesseract, the Thai fonts or Pillow: the layout works on
any measuring function, and the tool checks are run against a fake
tesseract."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.corpus import ocr_twin as T

ROOT = Path(__file__).resolve().parent.parent


def measure(text: str, bold: bool = False) -> float:
    """10 units a character, marks above and below taking no room."""
    return 10.0 * len(T.clusters(text)) * (1.2 if bold else 1.0)


GEO = T.Geometry(width=300.0, lines_per_image=6, tab=40.0, gap=20.0)


def texts(line: T.Line) -> list[str]:
    return [text for _, text, _ in line]


def xs(line: T.Line) -> list[float]:
    return [x for x, _, _ in line]


def line_width(line: T.Line) -> float:
    return max((x + measure(t, b) for x, t, b in line), default=0.0)


# ------------------------------------------------------------------ markdown


@pytest.mark.parametrize("src, want", [
    ("** แบบแสดงรายงานความก้าวหน้า **", ("แบบแสดงรายงานความก้าวหน้า", True)),
    ("**** แบบแสดงรายงาน ****", ("แบบแสดงรายงาน", True)),
    ("# ๑. หลักการและเหตุผล", ("๑. หลักการและเหตุผล", True)),
    ("### โครงการ จำนวน ๔๐ โครงการ ###", ("โครงการ จำนวน ๔๐ โครงการ", True)),
    ("ค่าวัสดุ \\*ตามจริง", ("ค่าวัสดุ *ตามจริง", False)),
    ("ผล **ดี** มาก", ("ผล ดี มาก", False)),
    ("\\*\\*ไม่หนา\\*\\*", ("ไม่หนา", False)),
    ("**\\*\\* แบบแสดงรายงาน \\*\\***", ("แบบแสดงรายงาน", True)),
    ("ลำดับ \\# ๑ \\_ \\[x\\]", ("ลำดับ # ๑ _ [x]", False)),
    ("   - ๑) กลุ่มเป้าหมาย  ", ("   - ๑) กลุ่มเป้าหมาย", False)),
    ("---", ("", False)),
    ("* * *", ("", False)),
    ("#hashtag", ("#hashtag", False)),
    (":: ความก้าวหน้าของงานฯ = 5.00 %", (":: ความก้าวหน้าของงานฯ = 5.00 %", False)),
])
def test_markdown_is_rendered_not_printed(src, want):
    assert T.strip_markdown(src) == want


def test_no_markdown_reaches_the_page():
    src = "# หัวข้อ\n**ชื่อ** : ค่า\nค่า \\*ตามจริง\n| **ก** | ข |\n|---|---|\n| ค | ง |\n"
    images = T.paginate(src, None, measure, GEO)
    printed = " ".join(t for im in images for ln in im.lines for t in texts(ln))
    assert "**" not in printed and "#" not in printed and "\\*" not in printed and "|" not in printed
    assert "---" not in printed
    assert printed.split() == ["หัวข้อ", "ชื่อ", ":", "ค่า", "ค่า", "*ตามจริง", "ก", "ข", "ค", "ง"]
    head = images[0].lines[0]
    assert head == ((0.0, "หัวข้อ", True),)


# ------------------------------------------------------------------ wrapping


def test_wrap_at_spaces_to_the_width():
    lines = T.wrap_text("aaaa bbbb cccc dddd eeee", measure, False, 100.0)
    assert lines == ["aaaa bbbb", "cccc dddd", "eeee"]
    assert all(measure(ln) <= 100.0 for ln in lines)


def test_a_word_wider_than_the_line_is_cut_without_losing_characters():
    word = "x" * 35
    lines = T.wrap_text(word, measure, False, 100.0)
    assert "".join(lines) == word and all(measure(ln) <= 100.0 for ln in lines)


def test_thai_wraps_at_word_boundaries_and_keeps_marks_on_their_letters():
    text = "ได้ดำเนินการส่งเสริมสนับสนุนเร่งพัฒนาคุณภาพการศึกษาให้ทุกโรงเรียนมีระดับคุณภาพมาตรฐานที่สูงยิ่งขึ้นทุกปี"
    lines = T.wrap_text(text, measure, False, 150.0)
    assert len(lines) > 2 and "".join(lines) == text
    assert all(measure(ln) <= 150.0 for ln in lines)
    marks = "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e33"
    assert not any(ln[0] in marks for ln in lines)


def test_a_chunk_that_would_leave_the_line_half_empty_is_broken_at_a_thai_word():
    lines = T.wrap_text("๒.๑ เพื่อส่งเสริมและสนับสนุนให้โรงเรียนจัดกิจกรรม", measure, False, 200.0)
    assert lines[0].startswith("๒.๑ เพื่อ") and measure(lines[0]) > 100.0


def test_flow_jumps_to_tab_stops_and_wraps_to_the_margin():
    (line,) = T.layout_flow("ชื่อ\t\tค่า", False, measure, 300.0, 40.0)
    assert line == ((0.0, "ชื่อ", False), (80.0, "ค่า", False))
    (line,) = T.layout_flow("\t\tย่อหน้า", False, measure, 300.0, 40.0)
    assert xs(line) == [80.0]
    lines = T.layout_flow("\taaaa bbbb cccc dddd eeee ffff gggg", False, measure, 150.0, 40.0)
    assert xs(lines[0]) == [40.0] and all(xs(ln) == [0.0] for ln in lines[1:])
    assert " ".join(t for ln in lines for t in texts(ln)).split() == "aaaa bbbb cccc dddd eeee ffff gggg".split()
    assert all(line_width(ln) <= 150.0 for ln in lines)


# -------------------------------------------------------------------- tables


def test_pipe_table_prints_as_columns():
    src = [
        "- |                  |              |",
        "|------------------|--------------|",
        "| ๑. เสร็จสิ้นแล้ว | จำนวน ๕      |",
        "| ๒. ระหว่างดำเนินการ | จำนวน ๒๕ |",
    ]
    lines = T.layout_lines(src, measure, T.Geometry(width=600.0, lines_per_image=50, tab=40.0, gap=20.0))
    filled = [ln for ln in lines if ln]
    assert [texts(ln) for ln in filled] == [["๑. เสร็จสิ้นแล้ว", "จำนวน ๕"], ["๒. ระหว่างดำเนินการ", "จำนวน ๒๕"]]
    col2 = {xs(ln)[1] for ln in filled}
    assert len(col2) == 1  # the second column starts at one x on every row
    assert col2.pop() == max(measure(t) for t in ("๑. เสร็จสิ้นแล้ว", "๒. ระหว่างดำเนินการ")) + 20.0


def test_pipe_rows_split_on_unescaped_pipes_only():
    assert T.pipe_cells("| a \\| b | c |") == ["a \\| b", "c"]
    assert T.strip_markdown(T.pipe_cells("| a \\| b | c |")[0]) == ("a | b", False)
    assert T._pipe_table_at(["a | b", "--- | ---", "1 | 2", "", "x"], 0) == 3


def test_tab_rows_with_one_shape_print_as_aligned_columns():
    src = [
        "รายงานครั้งที่1\t:: 31/10/2560 : อยู่ระหว่างขั้นตอน\t\t",
        "\t:: ความก้าวหน้า = 5.00 %\t: เป็นไปตามแผน\t",
        "รายงานครั้งที่2\t:: 10/11/2560 :\t\t",
    ]
    assert T.is_column_block(src)
    geo = T.Geometry(width=1000.0, lines_per_image=50, tab=40.0, gap=20.0)
    lines = T.layout_lines(src, measure, geo)
    assert [texts(ln) for ln in lines] == [
        ["รายงานครั้งที่1", ":: 31/10/2560 : อยู่ระหว่างขั้นตอน"],
        [":: ความก้าวหน้า = 5.00 %", ": เป็นไปตามแผน"],
        ["รายงานครั้งที่2", ":: 10/11/2560 :"],
    ]
    col1 = measure("รายงานครั้งที่1") + 20.0
    assert xs(lines[0]) == [0.0, col1] and xs(lines[1])[0] == col1 and xs(lines[2]) == [0.0, col1]
    assert xs(lines[1])[1] == col1 + measure(":: 31/10/2560 : อยู่ระหว่างขั้นตอน") + 20.0


def test_wide_tab_table_wraps_cells_inside_their_columns():
    long = "ความก้าวหน้าของงาน " * 8
    src = [f"ก\t{long}\tเป็นไปตามแผน", f"ข\t{long}\tเป็นไปตามแผน"]
    lines = T.layout_lines(src, measure, GEO)
    assert len(lines) > 4  # rows took several lines each
    assert all(line_width(ln) <= GEO.width + 1e-6 for ln in lines)
    starts = sorted({x for ln in lines for x in xs(ln)})
    assert len(starts) == 3  # three columns, each at one x
    printed = " ".join(t for ln in lines for t in texts(ln)).split()
    assert printed.count("ความก้าวหน้าของงาน") == 16


def test_many_narrow_columns_sit_closer_and_keep_abbreviations_whole():
    months = ["ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย."]
    src = ["\t\t" + "\t".join(months), "\t๑. แต่งตั้งคณะกรรมการดำเนินงาน\t\t/" + "\t" * 10]
    geo = T.Geometry(width=800.0, lines_per_image=50, tab=40.0, gap=20.0)
    lines = T.layout_lines(src, measure, geo)
    assert texts(lines[0]) == months  # the Gantt header on one line, no month cut
    assert all(line_width(ln) <= geo.width + 1e-6 for ln in lines)
    assert xs(lines[1])[1] == xs(lines[0])[1]  # the mark stands under พ.ย.
    assert xs(lines[0])[1] - xs(lines[0])[0] - measure("ต.ค.") == pytest.approx(800.0 * 0.15 / 12)
    step = "".join(t for ln in lines[1:] for t in texts(ln)[:1])
    assert len(lines) > 2 and step.replace(" ", "") == "๑.แต่งตั้งคณะกรรมการดำเนินงาน"


def test_leading_empty_columns_indent_and_numbers_align_right():
    src = ["\tรายการ\tเงิน", "\tค่าอาหาร\t9,600", "\tค่าวัสดุ\t400"]
    lines = T.layout_lines(src, measure, GEO)
    assert [texts(ln) for ln in lines] == [["รายการ", "เงิน"], ["ค่าอาหาร", "9,600"], ["ค่าวัสดุ", "400"]]
    assert {xs(ln)[0] for ln in lines} == {40.0}
    right = {x + measure(t) for ln in lines[1:] for x, t, _ in ln[1:]}
    assert len(right) == 1


def test_tabs_that_do_not_form_a_table_only_indent_or_jump_to_stops():
    src = ["ชื่อโครงการ\t\tส่งเสริม", "หน่วยงาน\tฝ่ายการศึกษา"]  # different shapes
    assert not T.is_column_block(src) and T.tab_block(src, 0) == 1
    assert not T.is_column_block(["\t\tย่อหน้าแรก", "\t\tย่อหน้าสอง"])  # one filled cell a row
    lines = T.layout_lines(src, measure, T.Geometry(width=600.0, lines_per_image=50, tab=40.0, gap=20.0))
    assert xs(lines[0]) == [0.0, 160.0] and xs(lines[1]) == [0.0, 80.0]


# ---------------------------------------------------------------- pagination


def test_pages_break_where_the_manifest_says_and_overflow_continues():
    src = "\n".join(f"บรรทัด{i}" for i in range(1, 11)) + "\n"
    images = T.paginate(src, [[1, 2], [3, 10]], measure, GEO)
    assert [(im.page, im.part, len(im.lines)) for im in images] == [(0, 0, 2), (1, 0, 6), (1, 1, 2)]
    assert [texts(ln)[0] for im in images for ln in im.lines] == [f"บรรทัด{i}" for i in range(1, 11)]


def test_long_lines_wrap_and_count_towards_the_page_height():
    src = "aaaa " * 40 + "\nสุดท้าย"
    images = T.paginate(src, [[1, 2]], measure, GEO)
    assert len(images) > 1 and all(len(im.lines) <= GEO.lines_per_image for im in images)
    assert all(line_width(ln) <= GEO.width for im in images for ln in im.lines)
    assert texts(images[-1].lines[-1]) == ["สุดท้าย"]


def test_blank_ends_and_empty_pages_make_no_images():
    src = "ก\n\n\n\n\n\n\n\nข\n\n\n"
    images = T.paginate(src, [[1, 3], [4, 7], [8, 11]], measure, GEO)
    assert [(im.page, [texts(ln) for ln in im.lines]) for im in images] == [(0, [["ก"]]), (2, [[], ["ข"]])]
    assert T.page_ranges(5, [[1, 3], [4, 99], [7, 8]]) == [(1, 3), (4, 5)]
    assert T.page_ranges(5, None) == [(1, 5)]


def test_pages_joined_with_one_blank_line():
    assert T.join_pages(["หน้า ๑\n\f", "\n\nหน้า ๒\n\n\f", "  \f"]) == "หน้า ๑\n\nหน้า ๒\n"


# ------------------------------------------------------------ seeded choices


def test_choices_are_seeded_by_the_document_name():
    assert T.choose_params("bma_progress_001") == T.choose_params("bma_progress_001")
    assert T.choose_params("sample_001") == T.Params("Garuda", 12, 200, 6, None)
    params = [T.choose_params(f"bma_progress_{i:03d}") for i in range(300)]
    assert len(set(params)) > 200
    assert {p.font for p in params} == set(T.FONTS)
    assert {p.size_pt for p in params} <= set(range(12, 17)) and {p.dpi for p in params} <= set(range(200, 301))
    assert {p.psm for p in params} <= {3, 4, 6}
    degraded = [p.degradation for p in params if p.degradation]
    assert 0.25 < len(degraded) / len(params) < 0.42
    for d in degraded:
        assert 0.3 <= abs(d.rotate_deg) <= 1.5 and 30 <= d.jpeg_quality <= 60
        assert d.blur_px > 0 and d.noise_sigma > 0 and d.contrast[0] < d.contrast[1] < 255


def test_choices_do_not_depend_on_the_hash_seed():
    code = "from tests.corpus.ocr_twin import choose_params; print(choose_params('obec_progress_017'))"
    outs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")}
    assert len(outs) == 1 and "Params(" in outs.pop()


# --------------------------------------------------------------------- tools


def test_importing_the_tool_needs_no_pillow():
    code = "import sys, tests.corpus.ocr_twin; print('PIL' in sys.modules, 'numpy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.stdout.split() == ["False", "False"], out.stderr


def _manifest(tmp_path: Path) -> Path:
    (tmp_path / "clean").mkdir()
    (tmp_path / "clean" / "a.txt").write_text("ก\n", encoding="utf-8")
    path = tmp_path / "manifest.json"
    path.write_text(json.dumps({"documents": [{"name": "a", "text": "clean/a.txt", "pages": [[1, 1]]}]}))
    return path


def _fake_tesseract(tmp_path: Path, langs: str) -> str:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    exe = bin_dir / "tesseract"
    exe.write_text("#!/bin/sh\n"
                   'if [ "$1" = --version ]; then echo "tesseract 5.3.0"; exit 0; fi\n'
                   f'printf \'List of available languages in "{tmp_path}/" (2):\\n{langs}\'\n')
    exe.chmod(0o755)
    return str(bin_dir)


@pytest.mark.parametrize("langs, missing", [(None, "tesseract not found"), ("eng\\nosd\\n", "no tha traineddata")])
def test_missing_tools_give_one_clear_line(tmp_path, monkeypatch, capsys, langs, missing):
    monkeypatch.setattr(T, "_pil", lambda: (None,) * 6)
    path = _fake_tesseract(tmp_path, langs) if langs else str(tmp_path / "nothing")
    monkeypatch.setenv("PATH", path)
    assert T.main(["--manifest", str(_manifest(tmp_path)), "--out", str(tmp_path / "ocr")]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and err.startswith("ocr_twin: error: ") and missing in err
    assert "apt-get install -y tesseract-ocr tesseract-ocr-tha fonts-thai-tlwg" in err
    assert not (tmp_path / "ocr").exists()


def test_missing_fonts_give_one_clear_line(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(T, "_pil", lambda: (None,) * 6)
    monkeypatch.setenv("PATH", _fake_tesseract(tmp_path, "eng\\ntha\\n"))
    monkeypatch.setattr(T, "find_fonts", lambda: {"Garuda": {"regular": "/x/Garuda.ttf"}})
    assert T.main(["--manifest", str(_manifest(tmp_path)), "--out", str(tmp_path / "ocr")]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "TLWG fonts missing (Loma, Norasi, Kinnari, Laksaman, Waree)" in err


def test_unknown_names_and_missing_manifest_are_errors(tmp_path, capsys):
    assert T.main(["--manifest", str(tmp_path / "none.json")]) == 2
    assert T.main(["--manifest", str(_manifest(tmp_path)), "--only", "zzz"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("ocr_twin: error: no manifest at") and err[1].endswith("not in " + str(tmp_path / "manifest.json") + ": zzz")


def test_a_missing_clean_text_is_one_line(tmp_path, monkeypatch, capsys):
    from types import SimpleNamespace

    pil = (SimpleNamespace(__version__="0"), None, None, None, SimpleNamespace(check=lambda _: True), None)
    monkeypatch.setattr(T, "_pil", lambda: pil)
    monkeypatch.setattr(T, "check_tesseract", lambda: {"tesseract": "5.3.0"})
    monkeypatch.setattr(T, "check_fonts", lambda: {f: {"regular": "x.ttf", "bold": "x.ttf"} for f in T.FONTS})
    manifest = _manifest(tmp_path)
    (tmp_path / "clean" / "a.txt").unlink()
    assert T.main(["--manifest", str(manifest), "--out", str(tmp_path / "ocr")]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and err.startswith("ocr_twin: error: a: cannot read ")
