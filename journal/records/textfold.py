"""How search sees words: case- and accent-blind, the same for the index and the query.

Unicode NFKD splits a letter from its marks (é → e + ´, ễ → e + ^ + ~, ά → α + ´), the
marks are dropped, then the text is case-folded. A few letters are not a base letter
plus a mark, so a small table folds them too (ł → l, ø → o, đ → d, ß → ss, æ → ae,
œ → oe, ı → i). Changing this changes what the search index holds: a schema step must
then fill the index again (see journal.vault.migrations).
"""

from __future__ import annotations

import unicodedata

_TABLE = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ð": "d", "ß": "ss", "æ": "ae",
                        "œ": "oe", "ı": "i", "ħ": "h", "ŧ": "t"})
_IN_TABLE = frozenset(chr(code) for code in _TABLE)


def fold(text: str) -> str:
    """`text` without marks, case-folded, with the small table applied."""
    if text.isascii():  # no marks, nothing in the table: only the case changes
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    for ch in set(decomposed):  # a few distinct letters: drop each mark in one C call
        if unicodedata.combining(ch):
            decomposed = decomposed.replace(ch, "")
    folded = decomposed.casefold()
    return folded if _IN_TABLE.isdisjoint(folded) else folded.translate(_TABLE)
