"""Imported once by the process pool's fork server, before any worker is
forked (the fork server starts as soon as the run's plan is made:
pipeline.batch.start_pool; the driver meanwhile loads what its reduce
needs): the stages, every form's parser package, pythainlp's dictionary and
word tokenizer (and the corpus word counts) are loaded there, and every worker starts with them already
in memory (a parser package compiles its patterns on import: about a second
and a half that would otherwise be paid by each worker on its first file).
The dictionary's indexes are read from the cache folder
(normalizers.index_cache: about 0.5 CPU s where building them all took
1.8 s), built and written there only by the first process of a code
version and word list.
pyarrow's first conversion of rows would import pandas (its pandas shim
asks whether a value is a pandas object: 0.25-0.35 CPU s); importing
pipeline.shards makes that first conversion with pandas held back
(shards.convert_without_pandas), so neither this process nor a worker
imports it.  All that is then frozen out of the
cyclic garbage collector's sight (gc.freeze): the dictionary's indexes,
parsers and patterns live as long as the process, yet each full collection
walked them again (on the bench's stage pass two full collections a 10 MB
archive, 0.06 CPU s each; after the freeze 0.002 s); a forked worker
shares their pages untouched besides.
The cyclic collector is kept off while all that is loaded, and nothing is
collected before the freeze: the loading makes millions of containers (the
indexes' dicts and tuples, the patterns' parse trees) and almost no garbage,
yet the collector walked the growing heap about 750 times on the way (three
full collections), and a last collection before the freeze walked it once
more (0.24 CPU s of the serial start in all, 0.14 of it the last collection;
measured 2026-11-29).  What the loading leaves as garbage, about 860
objects and 260 KB (classes and functions made while importing), is frozen
with the rest, once a fork server, its pages shared by every worker."""

from __future__ import annotations

import gc

_collecting = gc.isenabled()
gc.disable()  # (until everything is loaded: see above; turned back on at the end, even if the loading fails)
try:
    import pipeline.shards  # noqa: F401  (pyarrow's first conversion, without pandas: see above)
    import pipeline.stages  # noqa: F401
    from parsers import form_module
    from normalizers.words import (commonest_with_a_mark_more, damaged_beside, misread_of_common, misread_texts,
                                   name_ending_with_mark, plausibility, restore_tone_marks, silent_mark_dropped,
                                   silent_mark_dropped_at_cuts, vowel_misread_word, word_frequency)
    from pipeline.wording import lookalike_slip
    from schemas.document import DOC_TYPES

    for _doc_type in DOC_TYPES:
        form_module(_doc_type)
    plausibility("การศึกษา")  # loads the dictionary and builds the tokenizer's trie
    # (measured 2026-11-25, CPU s and resident memory each adds when built; read from the cache folder, about a
    # quarter of that time, normalizers.index_cache:)
    word_frequency("การศึกษา")  # loads the Thai National Corpus word counts (0.14 s, 31 MB; pipeline.wording)
    commonest_with_a_mark_more("การศึกษา")  # and the words one mark longer (_one_mark_less: 0.15 s, 13 MB; the same)
    restore_tone_marks("แต่งตัง")  # and the words by their letters without tone marks (_by_toneless: 0.3 s, 30 MB;
    # pipeline.marks)
    damaged_beside("", ["การศึกษา"])  # and the common words without their marks (_markless_common: 0.04 s; the same)
    misread_of_common("สรูป")  # and the common words by each place's character (_common_by_gap: 0.03 s, 7 MB; the same)
    misread_texts()  # and the words misread_of_common reads as another (_misreadings: 0.25 s; the same)
    silent_mark_dropped()  # and the words whose silent-letter mark OCR may have dropped (0.1 s; pipeline.marks)
    silent_mark_dropped_at_cuts("")  # (and their beginnings' index, _silent_mark_bases)
    vowel_misread_word("ขืน")  # and the common words' upper-vowel misreads (_vowel_misread_forms: 0.03 s; the same)
    name_ending_with_mark("สวัสดิ")  # and the listed names by their last character (_names_by_last; pipeline.wording)
    lookalike_slip("การศึกษา", True)  # and the words with a vowel or a letter read as its pair (_vowel_slips,
    # _lookalike_slips: 0.5 s, 50 MB; pipeline.wording)
    gc.freeze()
finally:
    if _collecting:
        gc.enable()
