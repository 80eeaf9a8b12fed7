"""BMA progress form: objectives numbered "1)" ... "4)"; OCR set objective 1's words apart from its number, the
words above with no number ("พือพัฒนาบุคลากร..." / "ทักษะและ...") and the number below with a piece of them
("1)เ" / "ให้มี"), then "2) เพื่อ..." on.  The words opened an objective by their opening word, and "1)" a second:
every objective was read one place late, objective 2's row holding objective 1's piece, each after it the text
of the one before, one objective too many, and no issue named it (fresh set s76o, bma_progress_s76o007: five
silent misses).  The printed numbers say where the list opens: the words above "1)" are text before the list
(said), objective 1 is "1)", its text said in doubt (parsers.items.numbered_items, Item.words_before)."""

from __future__ import annotations

from tests.test_repair import form, read

_LIST = ("\n2) เพื่ออำนวยความสะดวกและควบคุมดูแลการดำเนินงานของศูนย์วิชาการเขต\n"
         "\n3) เพื่อพัฒนาผู้เรียนให้สามารถสร้างความรู้และสร้างสรรค์ชิ้นงานต่างๆ\nผ่านการใช้เทคโนโลยีสารสนเทศด้วยตนเองได้\n"
         "\n4) เพื่อส่งเสริมการดำเนินงานของศูนย์วิชาการเขตของโรงเรียนในสังกัดให้มีประสิทธิภาพ\n\n")


def _objectives(first: str) -> tuple[list[tuple[int, str]], list[dict]]:
    rows = read(form().replace("1. เพื่อทดสอบ\n", first + _LIST))
    said = [i for i in rows["issues"] if i["field"] == "objectives.text" and i["code"] == "items_cut_in_doubt"]
    return [(o["seq"], o["text"]) for o in sorted(rows["objectives"], key=lambda o: o["seq"])], said


def test_words_above_the_list_numbered_from_one_are_no_objective_of_it():
    got, said = _objectives("พือพัฒนาบุคลากรหลักของศูนย์วิชาการเขต\nทักษะและเทคนิคในการทำงานด้านพัฒนาคุณภาพการศึกษา\n"
                            "\n1)เ\nให้มี\n")
    assert [seq for seq, _ in got] == [1, 2, 3, 4]
    assert got[0][1] == "เ ให้มี" and got[1][1].startswith("เพื่ออำนวย") and got[3][1].startswith("เพื่อส่งเสริม")
    assert len(said) == 1 and said[0]["line_start"] is not None


def test_a_list_numbered_from_one_alone_says_nothing():
    got, said = _objectives("1) เพื่อพัฒนาบุคลากรหลักของศูนย์วิชาการเขต\nให้มีทักษะและเทคนิคในการทำงานด้านพัฒนาคุณภาพการศึกษา\n")
    assert [seq for seq, _ in got] == [1, 2, 3, 4] and got[0][1].startswith("เพื่อพัฒนาบุคลากร") and not said
