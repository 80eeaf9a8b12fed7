"""The BMA progress form's targets (section 1.5) where OCR garbled what
bounds their groups (fresh set s46o, bma_progress_s46o007):

- section 1.6's heading with its first words garbled past the form's anchors
  ("1.6 “ wile กทม. ระยะ 20 ปี (ยุทธศาสตร์-..."): the heading, its wrap and
  the specks after it ran on into the quality group's text, with no issue.
  Now the targets end at a line opening with 1.6 and holding the heading's
  last words, in a copy where the heading was not found; the rest is left
  out and said (unplaced_text).
- the quality group's label alone on its line after its number OCR read as
  Thai letters ("ฮิ ด้านคุณภาพ"): the group ran into the quantity group's
  text and its row was lost, with no issue.  Now such a line is the label
  where the list prints no label of that kind elsewhere; and a separator or
  bullet OCR read as "=" opening the group's first line is no word of it."""

from pathlib import Path

from parsers.values import target_groups
from pipeline.stages import process_document
from schemas.document import Line

SAMPLE = Path(__file__).parent.parent / "samples" / "000_54d7a76ee7e0d007.txt"
HEADING = "**1.6 สนับสนุนแผนพัฒนา กทม. ระยะ 20 ปี (ยุทธศาสตร์-ประเด็นยุทธศาสตร์-กลยุทธ์ตามแผนฯ /ตัวชี้วัด)**"


def _groups(*texts: str):
    groups, _ = target_groups([Line(i + 1, t) for i, t in enumerate(texts)])
    return [(kind, text) for kind, text, _, _ in groups]


def test_the_next_heading_with_its_first_words_garbled_ends_the_targets():
    text = SAMPLE.read_text(encoding="utf-8")
    clean = process_document("a.txt", text.encode("utf-8"))
    assert text.count(HEADING) == 2
    damaged = text.replace(HEADING, "1.6 “ wile กทม. ระยะ 20 ปี (ยุทธศาสตร์-ประเด็นยุทธศาสตร์-กลยุทธ์ตาม\nแผนฯ /ตัวชีวัด)")
    rows = process_document("a.txt", damaged.encode("utf-8"))
    assert [t["text"] for t in rows["targets"]] == [t["text"] for t in clean["targets"]]
    said = [i for i in rows["issues"] if i["code"] == "unplaced_text" and "section 1.6's heading" in i["message"]]
    assert said and all(i["field"] == "projects" for i in said)


def test_a_label_after_its_number_read_as_thai_letters():
    got = _groups("1 ด้านปริมาณ", "ครูผู้สอน จำนวน 819 คน", "ฮิ ด้านคุณภาพ", "= นักเรียนมีผลสัมฤทธิ์ทางการเรียนสูงขึ้น",
                  "ได้ข้าราชการครูที่มีศักยภาพ")
    assert got == [("quantity", "ครูผู้สอน จำนวน 819 คน"),
                   ("quality", "นักเรียนมีผลสัมฤทธิ์ทางการเรียนสูงขึ้น ได้ข้าราชการครูที่มีศักยภาพ")]


def test_words_before_a_label_the_list_prints_elsewhere_are_the_text_s():
    got = _groups("1 ด้านปริมาณ", "ครูผู้สอน จำนวน 819 คน", "ทุก ด้านคุณภาพ", "2 ด้านคุณภาพ", "นักเรียนมีผลสัมฤทธิ์สูงขึ้น")
    assert got == [("quantity", "ครูผู้สอน จำนวน 819 คน ทุก ด้านคุณภาพ"), ("quality", "นักเรียนมีผลสัมฤทธิ์สูงขึ้น")]
