"""BMA progress entries as a table run on in a paragraph whose progress figure OCR read with a space after its
point ("35. 00 %"): one figure, 35.00.  Before, the token before the sign ("00") was the figure, and report 1's
progress read 0.0 with no issue naming it (fresh set s85b, bma_progress_s85b010).  Figures printed whole, or a
figure and a bare number before it, read as before."""

from parsers.bma_progress.transposed import untranspose_with_doubts
from schemas.document import Line
from tests.conftest import entries_by_header

_TABLE = (
    "ครั้งที่ ๓ ครั้งที่ 4 วันที่รายงาน 5 มิถุนายน 2565 9",
    "กรกฎาคม 2565 รายละเอียดการดำเนินงาน จัดทำโครงการเพื่อขออนุมัติ",
    "ความก้าวหน้าของงานฯ 35. 00 % 90.00 % งบประมาณที่เบิกใช้ 0 บาท 20,200 บาท",
    "ความสอดคล้องกับแผน เป็นไปตามแผน เป็นไปตามแผน ความสอดคล้องกับเป้าหมาย",
    "เป็นไปตามเป้าหมาย เป็นไปตามเป้าหมาย",
)


def _read(lines):
    return entries_by_header(untranspose_with_doubts([Line(no, t) for no, t in enumerate(lines, start=53)])[0])


def test_a_figure_with_a_space_after_its_point_is_one_figure():
    got = _read(_TABLE)
    assert "ความก้าวหน้าของงานฯ = 35.00 %" in got["รายงานครั้งที่ ๓"]
    assert "ความก้าวหน้าของงานฯ = 90.00 %" in got["รายงานครั้งที่ 4"]


def test_figures_printed_whole_read_as_before():
    lines = list(_TABLE)
    lines[2] = "ความก้าวหน้าของงานฯ 35.00 % 90.00 % งบประมาณที่เบิกใช้ 0 บาท 20,200 บาท"
    got = _read(lines)
    assert "ความก้าวหน้าของงานฯ = 35.00 %" in got["รายงานครั้งที่ ๓"]


_BARE = (
    "ครั้งที่ ๑ ครั้งที่ ๒ ครั้งที่ ๓ วันที่รายงาน 5 มิถุนายน 2565 9",
    "กรกฎาคม 2565 12 สิงหาคม 2565 รายละเอียดการดำเนินงาน จัดทำโครงการเพื่อขออนุมัติ",
    "ความก้าวหน้าของงานฯ ๓๒ ๓๕ GE งบประมาณที่เบิกใช้ 0 บาท 20,200 บาท 0 บาท",
    "ความสอดคล้องกับแผน เป็นไปตามแผน เป็นไปตามแผน เป็นไปตามแผน ความสอดคล้องกับเป้าหมาย",
    "เป็นไปตามเป้าหมาย เป็นไปตามเป้าหมาย เป็นไปตามเป้าหมาย",
)


def test_bare_figures_one_of_them_garbled_keep_the_others():
    # (fresh set s85a, bma_progress_s85a010: "๓๒ ๓๕ ๑๕ GE" for ... ๘๔, the row gave none of its figures)
    got = _read(_BARE)
    assert "ความก้าวหน้าของงานฯ = ๓๒ %" in got["รายงานครั้งที่ ๑"]
    assert "ความก้าวหน้าของงานฯ = ๓๕ %" in got["รายงานครั้งที่ ๒"]
    lines = list(_BARE)
    lines[2] = lines[2].replace("๓๕ GE", "xy GE")  # two garbled: no figure is placed by order
    assert not any("ความก้าวหน้า" in e for e in _read(lines)["รายงานครั้งที่ ๑"])
