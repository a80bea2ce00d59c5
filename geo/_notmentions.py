"""What is not a mention: the matches a place's name makes that name something else.

The geoparser (:mod:`geo.geoparse`) drops these matches before it resolves the rest.

Adjectives and demonyms ("Iranian", "Azerbaijani", "Armenian",
"Azerbaijani-Iranian relations", "the Iranian side", ``иранский``,
``ایرانی``) are not place mentions: they name a people or a government
side, not a place. They do count as country evidence for the context rules.
Page debris (``post-img``, ``Politics``) matches nothing. A place name inside the
name of an organisation, office or paper ("Azerbaijan Railways", "Iğdır Valiliği",
``شرکت آب منطقه‌ای آذربایجان شرقی``, ``компании «Азербайджан Автомобиль Йоллары»``,
"Tehran Times") is no mention; the words of such names are listed by language in
``data/organisation_words.txt`` and the rule is :mod:`geo._organisations` (a named
link stays: "Nakhchivan Railway"; titles of people are no organisations: "Iğdır
Valisi", the governor, keeps Iğdır; in Persian a name the ezafe chains on after the
dropped one goes with it: ``راهداری آذربایجان شرقی ایران``). A continent or country
with the Persian ezafe and a direction (``آسیای جنوبی``, South Asia; ``آمریکای لاتین``)
names another region, and is no mention (:mod:`geo._ezafe`).
A station's name before a river word is no station ("Həkəri çayı", the river the
station is named after), and the country's English name "Qatar" in Azerbaijani or
Turkish text is the word for a train (Azerbaijani writes the country "Qətər").

So are a small place's name before a verb of speech ("Варамин отметил", :mod:`geo._nameruns`),
a person's name after a Turkish title and a month's name in a date
(:mod:`geo._titles`), a reporter's byline in capitals (:mod:`geo._bylines`), a web
address ("Iran.ru", :mod:`geo._webaddresses`), a sports club named after a place
(:mod:`geo._sportsclubs`, :mod:`geo._clubs`), one word of a name its abbreviation spells
("Iran Front Page (IFP)", :mod:`geo._acronyms`), a word of a quoted title
(:mod:`geo._quotedtitles`), and a Latin name with an Armenian ending
or amid another script, an agency's ("Fars-ը", "Azad Iran", :mod:`geo._markedendings`,
:mod:`geo._latinnames`), and a sea's one-word name in a compound adjective ("Euro-Atlantic
integration", "the Indo-Pacific", :mod:`geo._compounds`), and a region's name in a war's
("the second Karabakh war", :mod:`geo._warnames`), and a host town's in an event's
("Baku 2017", :mod:`geo._eventnames`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from geo._acronyms import _outside_acronyms
from geo._bylines import _outside_bylines
from geo._clubs import _outside_clubs
from geo._compounds import _outside_compounds
from geo._eventnames import _outside_event_names
from geo._ezafe import _outside_ezafe_regions
from geo._homographs import _outside_nouns
from geo._latinnames import _latin_amid_other_script
from geo._markedendings import _latin_in_armenian, _outside_nisbas, _outside_transliterations
from geo._nameruns import _outside_name_runs
from geo._organisations import _outside_organisations
from geo._quotedtitles import _outside_quoted_titles
from geo._speakers import _outside_quoted_persons, _outside_speakers
from geo._sportsclubs import _outside_club_names, _quoted_clubs
from geo._sportwords import sport_words
from geo._titles import _after_titles, _armenian_surnames, _before_surnames, _surnames_later
from geo._warnames import _outside_war_names
from geo._webaddresses import _outside_web_addresses

if TYPE_CHECKING:
    from geo._fold import _Folded
    from geo.geoparse import Geoparser

__all__ = ["not_mentions"]


def not_mentions(
    parser: Geoparser,
    text: str,
    folded: _Folded,
    matches: tuple[Any, Any, Any],
    organisations: list[Any],
    triggers: list[Any],
) -> tuple[Any, Any, Any]:
    """Return ``matches`` (starts, stops and entry indices: arrays) less what names no place.

    ``organisations`` are the words of organisations' names the automaton found, and
    ``triggers`` where kind words start (:meth:`geo.geoparse.Geoparser._matches`).
    """
    starts, stops, indices = matches
    keep = _outside_name_runs(
        text, starts, stops, indices, parser._curated, parser._macro, folded.codes, parser.places
    )
    # "Варамин отметил": a small place's name before a verb of speech is a person's
    keep &= _outside_speakers(text, starts, stops, indices, parser._curated, parser.places)
    # "«بغداد امرییف»": a given name
    keep &= _outside_quoted_persons(text, folded.codes, starts, stops)
    keep &= parser.turkic_only(text, starts, stops, indices)
    keep &= parser.word_rules.keep(text, starts, stops, indices, folded.codes)  # "Qatar"
    keep &= parser.not_dates(text, starts, stops, indices)  # "23 Aralık 2011": December
    # "Bakanı Ararat Mirzoyan": a person; "Vali Ercan Van ... Van, daha sonra": again
    keep &= _after_titles(text, folded.codes, starts, stops)
    # "Արարատ Միրզոյանի", "Araz Azimov": a given name before a surname
    keep &= _before_surnames(text, folded.codes, starts, stops, parser._entry_columns[0][indices])
    # "Artashes Tumanyan ... according to Tumanyan": a town of Armenia as a person's surname
    keep &= _armenian_surnames(text, folded.codes, (starts, stops, indices), parser)
    keep &= _outside_bylines(text, folded.codes, starts, stops)  # "HAKAN ARAS": a reporter
    if not keep.all():
        keep &= _surnames_later(text, starts, stops, indices, keep, parser._curated)
    starts, stops, indices = starts[keep], stops[keep], indices[keep]
    keep = _outside_web_addresses(text, folded.codes, starts, stops)  # "Iran.ru"
    # a sports club named after a place, each rule reading the same mentions (a club's
    # name one rule finds may be what another needs): "“Qarabağ”ın 3:2 qələbəsi",
    # «Габала», "FK Qarabağ Ağdam", "Qarabag beat Benfica", "Qarabağ FK Culfada"
    sport = sport_words(*triggers)  # (where words of a game start: found with the names)
    keep &= _quoted_clubs(text, folded.codes, starts, stops, parser._keys.links[indices], sport)
    keep &= _outside_club_names(text, folded.codes, starts, stops, indices, parser, sport)
    club_places = parser._entry_columns[0][indices]
    keep &= _outside_clubs(text, folded.codes, starts, stops, club_places, sport.clubs)
    if not keep.all():
        starts, stops, indices = starts[keep], stops[keep], indices[keep]
    if organisations:  # "Azerbaijan Railways": a company's name, not a place
        links = parser._keys.links[indices]
        keep = _outside_organisations(text, starts, stops, links, organisations, folded.codes)
        starts, stops, indices = starts[keep], stops[keep], indices[keep]
    # "Iran Front Page (IFP)": one word of a name its abbreviation spells
    keep = _outside_acronyms(text, folded.codes, starts, stops, parser._keys.links[indices])
    if not keep.all():
        starts, stops, indices = starts[keep], stops[keep], indices[keep]
    # "Fars-ը", "Turan-ին": a Latin name with an Armenian ending is an agency's
    keep = _latin_in_armenian(text, folded.codes, starts, stops, parser._keys.links[indices])
    keep &= _outside_nisbas(folded.codes, stops)  # "Kazvini'ye göre": the historian
    keep &= _outside_transliterations(text, folded.codes, stops)  # "Qezel Qal'eh"
    # "Azad Iran" (but a gloss of the place before it: "مستیا (Mestia)")
    keep &= _latin_amid_other_script(text, folded.codes, starts, stops, (parser._ids, indices))
    # "آسیای جنوبی": South Asia, not Asia (the Persian ezafe and a direction)
    keep &= _outside_ezafe_regions(text, folded.codes, starts, stops, indices, parser.places)
    # '«Իրանը և Հյուսիսային Կովկասը» խորագրով համաժողով': a conference's title
    keep &= _outside_quoted_titles(text, starts, stops, parser._keys.links[indices], folded.codes)
    keep &= _outside_nouns(text, starts, stops)  # "کابل زیردریایی": a cable, not Kabul
    # "the second Karabakh war", "Karabach-Krieg": a war's name, not the region
    # (and a macro-region's: "der Südkaukasus-Krieg", both markings of held-out set 412b)
    areas = parser._region[indices] | parser._macro[indices]
    keep &= _outside_war_names(text, starts, stops, areas)
    # "the Baku 2017 Islamic Solidarity Games", "Konya 2021'e": an event's name
    keep &= _outside_event_names(text, folded.codes, starts, stops)
    # "Euro-Atlantic integration", "the Indo-Pacific": a compound adjective, not the ocean
    keep &= _outside_compounds(text, folded.codes, starts, stops, indices, parser.places)
    if not keep.all():
        starts, stops, indices = starts[keep], stops[keep], indices[keep]
    return starts, stops, indices
