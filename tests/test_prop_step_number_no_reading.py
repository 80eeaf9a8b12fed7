"""A numbered list whose item's printed number has no reading its place
("๔. ๕. [step 6 lost whole] o. ๕." read as steps 4 5 6 7: "o" is no reading
of 6): the place is the sequence's guess alone, and a lost item before it
reads the same, so the texts from it on are in doubt (items_cut_in_doubt,
numbering.sequence_issues).  Before, only a number standing above its place
was said, and the shifted texts were silent.  A number that may be its
place, or whose next item confirms the place, is not said."""

from __future__ import annotations

from parsers.bma_proposal.numbering import Item, sequence_issues


def _said(*tokens: str) -> list[str]:
    items = [Item(k, token, [f"ข้อความ {k}"], 10 * k, 10 * k + 5) for k, token in enumerate(tokens, start=1)]
    return [i.message for i in sequence_issues(items, "action-plan step", "activities.seq")
            if i.code == "items_cut_in_doubt"]


def test_a_number_with_no_reading_its_place_puts_the_texts_after_in_doubt():
    said = _said("๑", "๒", "๓", "๕", "๕", "o", "๕")
    assert len(said) == 1 and "step 6" in said[0] and "no digit of its place" in said[0]


def test_misread_numbers_that_may_be_their_place_are_not_said():
    assert _said("๑", "๒", "๓", "๕", "๕", "๒", "๓") == []  # ๕ may be ๔, ๒ ๖, ๓ ๗


def test_a_place_the_next_number_confirms_is_not_said():
    assert _said("๑", "๒", "๓", "๔", "๕", "o", "7") == []


def test_a_number_with_no_reading_its_place_beside_a_lost_number_is_said():
    # "9. ๓. ..." (๑ read as an Arabic 9, step 2 lost whole) placed as steps 2 and 3, step 1 lost: the next number
    # confirms 2 only if no step was lost below it; the lost number may be its own, so its text is in doubt
    items = [Item(n, token, [f"ข้อความ {n}"], 10 * n, 10 * n + 5) for n, token in ((2, "9"), (3, "๓"), (4, "๔"))]
    said = [i.message for i in sequence_issues(items, "action-plan step", "activities.seq")
            if i.code == "items_cut_in_doubt"]
    assert len(said) == 1 and "step 2" in said[0]
    # the same list, its first number read as its place's digit: nothing said
    items[0].token = "๒"
    assert [i for i in sequence_issues(items, "action-plan step", "activities.seq")
            if i.code == "items_cut_in_doubt"] == []
