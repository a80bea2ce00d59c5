"""Sports clubs named after places: «Карабах», «Араз-Нахчыван», FK Karabach Agdam.

The region's clubs carry the names of their towns and lands, and a sports page names
little else: Russian writes them in quotes («Габала» принимала «Сабаил», агдамский
«Карабах», «Туран Товуз»), German and English after a club's initials or as the land and
the town together, unquoted ("der FK Karabach Agdam", "gegen Qarabag Ağdam"), and the
press goes on with the first word alone ("Karabach belegt den
zweiten Platz"). A club is no place (the convention of data/gold/: a body whose name
holds a place is not marked). Read only where the text around is about a game: at least
:data:`_MIN_CUES` words of :data:`_CUES` (match, league, goal, score, table, coach, in
Russian, German, English, Azerbaijani and Turkish, and a score: "(2:1)", "1:3-Niederlage")
within :data:`_WINDOW` characters; a window with none of the few word tails of
:data:`_GATE` is not read further (the cost stays a few substring searches a quoted name
on pages about other things).

A mention is a club's when, in such a text,

* it stands with at most two other words alone inside quotes, its case ending inside the
  closing quote («Габалой», «Араз-Нахчыван», «Туран Товуз»);
* a club's initials (:data:`_INITIALS`: FC, FK, SC, ФК ...) stand just before it ("FK
  Karabach Agdam"; one word further back, "FC Qairat Almaty", only when the name is
  read for another reason), or another place stands just before or after it with one
  space between ("Qarabag Ağdam": the land and the town, no comma,
  no "and");
* a players' word is joined to it by a hyphen ("den Agdam-Spielern");
* it is a place the text has already made the first word of a club's name, named
  alone ("Qarabağ daheim", "Karabach belegt"): the town word of a club's name is not
  remembered ("in der Hauptstadt Baku", "Von Ağdam sind es 80 Kilometer" stay places).

Links and corridors are never a club's («Север–Юг» stays).

A second rule (:func:`_quoted_clubs`, round 9's Azerbaijani and Persian pages) reads one
word of a match near a quoted name instead of two: a place name that fills its quotes
alone (a case ending may follow the closing quote) is the club's when a word of football,
clubs, teams, leagues, matches or stadiums (:data:`_SPORT_STEMS`) stands within
:data:`_REACH` characters ("“Qarabağ”ın 3:2 hesablı qələbəsi", "İspaniyanın “Sevilya”
komandası"), unless a kind word follows the quote ("“Xudafərin” su anbarı"); and a Persian
league club's name before a town is the club's ("تراکتور تبریز"). The clubs named by a
club word and English match reports: :mod:`geo._clubs`.
"""

from __future__ import annotations

import functools
import re
from typing import Any

import numpy as np

from geo._fold import _fold
from geo._kindwords import _kind_forms
from geo._sportwords import SportWords, within

#: characters that open and close a quoted name
_OPEN = '«“„"‹'
_CLOSE = '»”“"›'
_QUOTES = frozenset(_OPEN + _CLOSE)
#: what a quoted club's name never holds: a line's end, a sentence mark, another quote
_BREAK_CHARS = "\\n.,;:!?()" + re.escape(_OPEN + _CLOSE)
_BREAKS = re.compile(f"[{_BREAK_CHARS}]")
#: the last opening quote before a name with no break between (searched up to the name)
_OPENED = re.compile(f"[{re.escape(_OPEN)}][^{_BREAK_CHARS}]*\\Z")
#: the first closing quote after a name
_CLOSING = re.compile("[" + re.escape(_CLOSE) + "]")
#: the quotes' code points, a table for a look-up each (``np.isin`` costs more)
_QUOTE_TABLE = np.zeros(max(map(ord, _OPEN + _CLOSE)) + 2, dtype=bool)
_QUOTE_TABLE[[ord(q) for q in _OPEN + _CLOSE]] = True
#: a club's initials before its name (Latin and Cyrillic)
_INITIALS = frozenset({"FC", "FK", "SC", "SK", "SSC", "PFC", "PFK", "AC", "AS", "CF", "ФК", "ПФК"})
#: the longest quoted club's name read: three words, a hyphen between two of them
_QUOTED_CHARS = 40
_QUOTED_WORDS = 3
#: the words of a game's report, in Russian, German, English, Azerbaijani and Turkish
_CUES = re.compile(
    r"(?i)(?<!\w)(?:"
    r"матч|футбол|премьер-лиг|лиг[аиеуой]+ чемпионов|лиг[аиеуой]+ европы|турнирн|"
    r"чемпион|дерби|голы?(?!\w)|забил|сч[её]том|обыграл|ничь|вничью|тренер|стадион|очк[оа]|"
    r"фаворит|соперник|болельщик|на выезде|"
    r"fußball|fussball|champions league|europa league|conference league|bundesliga|"
    r"spieltag|elfmeter|mannschaft|trainer|stadion|tabelle|punkte?(?!\w)|remis|playoff|"
    r"achtelfinale|viertelfinale|halbfinale|heimspiel|auswärtsspiel|torschütze|treffer|"
    r"niederlage|ausgleich|abpfiff|anpfiff|"
    r"football|soccer|premier league|stadium|goals?(?!\w)|uefa|fifa|"
    r"futbol|matç|maç|qol(?!\w)|premyer liqa|süper lig|stadion"
    r")"
    # a game's score in brackets or before its result: "(2:1)", "1:3-Niederlage"
    r"|\(\d{1,2}:\d{1,2}\)|(?<!\d)\d{1,2}:\d{1,2}-\w"
)
#: the words of :data:`_CUES` (each as the start of a word): where one starts within a
#: window, the window is read (:mod:`geo._sportwords` finds them with the names)
_CUE_WORDS = (
    *("матч", "футбол", "премьер-лиг", "лиг", "турнирн", "чемпион", "дерби", "гол"),
    *("забил", "счетом", "счётом", "обыграл", "ничь", "вничью", "тренер", "стадион", "очк"),
    *("фаворит", "соперник", "болельщик", "на выезде"),
    *("fußball", "fussball", "champions league", "europa league", "conference league"),
    *("bundesliga", "spieltag", "elfmeter", "mannschaft", "trainer", "stadion", "tabelle"),
    *("punkt", "remis", "playoff", "achtelfinale", "viertelfinale", "halbfinale"),
    *("heimspiel", "auswärtsspiel", "torschütze", "treffer", "niederlage", "ausgleich"),
    *("abpfiff", "anpfiff", "football", "soccer", "premier league", "stadium", "goal"),
    *("uefa", "fifa", "futbol", "matç", "maç", "qol", "premyer liqa", "süper lig"),
)
_MIN_CUES = 2
_WINDOW = 250
#: a window holds none of these (each word's tail, so either case matches) when it is
#: about no game: read first, so that a text about other things pays a few substring
#: searches a name, not the reading of :data:`_CUES`
_GATE = (
    "атч",
    "утбол",
    "урнир",
    "тадион",
    "чк",
    "ball",
    "eague",
    "tadi",
    "UEFA",
    "FIFA",
    "piel",
    "iederlage",
    "reffer",
    "utbol",
    "maç",
    "matç",
    "Liqa",
)
#: a players' or fans' word joined to a club's town by a hyphen ("Agdam-Spieler")
_PLAYERS = re.compile(r"-(?:Spieler|Fans|Profis?|Trainer|Elf|Keeper|Stürmer|Anhänger)")
_PLAYER_INITIALS = np.array([ord(c) for c in "SFPTEKA"])


def _game_around(text: str, start: int, stop: int, cues: list[int] | None = None) -> bool:
    """Whether the text within :data:`_WINDOW` characters reads as a game's report.

    ``cues``, if given, are the starts of the text's words of :data:`_CUE_WORDS`
    (:mod:`geo._sportwords`): a window where none starts is not read.
    """
    if cues is not None and not within(cues, start - _WINDOW, stop + _WINDOW):
        return False
    window = text[max(0, start - _WINDOW) : stop + _WINDOW]
    if not any(word in window for word in _GATE):
        return False
    hits = _CUES.finditer(window)
    return all(next(hits, None) is not None for _ in range(_MIN_CUES))


def _quoted_alone(text: str, start: int, stop: int) -> tuple[int, int] | None:
    """Return the quotes' span when the name stands nearly alone inside them, else None.

    The quotes hold at most :data:`_QUOTED_WORDS` words and :data:`_QUOTED_CHARS`
    characters, on one line, with no sentence mark: «Карабах», «Араз-Нахчыван», «Туран
    Товуз», and the case ending inside («Габалой»).
    """
    opening = _OPENED.search(text, max(0, start - _QUOTED_CHARS), start)
    if opening is None:
        return None
    closing = _CLOSING.search(text, stop, min(len(text), stop + _QUOTED_CHARS))
    if closing is None:
        return None
    opening, closing = opening.start(), closing.start()
    inside = text[opening + 1 : closing]
    if _BREAKS.search(text, stop, closing) or len(inside.split()) > _QUOTED_WORDS:
        return None
    return (opening, closing + 1) if inside.strip() else None


def _initials_before(text: str, start: int) -> bool:
    """Whether a club's initials stand just before the name or one word before it."""
    words = text[max(0, start - 30) : start].split()
    return bool(words) and (words[-1] in _INITIALS or (len(words) > 1 and words[-2] in _INITIALS))


def _place_key(place: Any, entry: int) -> Any:
    """Return what names one place: its id, or the entry for a name several share."""
    return entry if place is None else place.id


def _upper(codes: Any) -> Any:
    """Whether each code is a Latin or Cyrillic capital letter (numpy, elementwise)."""
    return ((codes >= 0x41) & (codes <= 0x5A)) | ((codes >= 0x400) & (codes <= 0x42F))


def _shapes(text: str, codes: Any, starts: Any, stops: Any, is_place: Any) -> tuple[Any, ...]:
    """Return the shapes of a club's name each mention may have, found at once with numpy.

    Five masks: a quote next to the name; one space, then another place; another place,
    then one space; a hyphen and the capital a players' word starts with after it; a
    capitalised word of two letters just before it (a club's initials; those a word
    further back, "FC Qairat Almaty", are read only for a name of another shape).
    """
    size = len(codes)
    last = size - 1
    top = len(_QUOTE_TABLE) - 1
    before = codes[np.clip(starts - 1, 0, last)]
    quoted = _QUOTE_TABLE[np.minimum(before, top)] & (starts > 0)
    for d in range(4):
        quoted |= _QUOTE_TABLE[np.minimum(codes[np.clip(stops + d, 0, last)], top)] & (
            stops + d < size
        )
    space = (before == 0x20) & (starts > 0)
    touching = (starts[1:] == stops[:-1] + 1) & space[1:] & is_place[1:] & is_place[:-1]
    to_next = np.zeros(len(starts), dtype=bool)
    to_next[:-1] = touching
    to_last = np.zeros(len(starts), dtype=bool)
    to_last[1:] = touching
    hyphen = (
        (codes[np.clip(stops, 0, last)] == 0x2D)
        & (stops + 1 < size)
        & np.isin(codes[np.clip(stops + 1, 0, last)], _PLAYER_INITIALS)
    )
    initials = (
        space
        & _upper(codes[np.clip(starts - 2, 0, last)])
        & _upper(codes[np.clip(starts - 3, 0, last)])
    )
    return quoted, to_next, to_last, hyphen, initials


def _outside_club_names(
    text: str,
    codes: Any,
    starts: Any,
    stops: Any,
    indices: Any,
    table: Any,
    words: SportWords | None = None,
) -> Any:
    """Return which mentions stay: not a sports club's name (see the module docstring).

    ``codes`` are the text's code points, ``indices`` each mention's entry of the name
    table ``table`` (the parser: ``table._keys.links`` tells a link's entries,
    ``table.places`` each entry's place). A place the text made a club's first word is
    dropped again when named alone, by any of its names ("Qarabağ", then "Karabach").
    ``words``, if given, tells where the text's words of a game start
    (:mod:`geo._sportwords`): a text with none is not read.
    """
    n = len(starts)
    keep = np.ones(n, dtype=bool)
    cues = None if words is None else words.cues
    if not n or cues == []:
        return keep
    is_place = ~table._keys.links[indices]
    _monument_clubs(text, (starts, stops, indices), table.places, cues, keep)
    shapes = _shapes(text, codes, starts, stops, is_place)
    ks = np.flatnonzero((shapes[0] | shapes[1] | shapes[2] | shapes[3] | shapes[4]) & is_place)
    if not len(ks):
        return keep
    # the club's shape first (a few string reads), the game's words around only then
    found: list[tuple[int, int, int, bool]] = []  # (mention, start, stop, a first word?)
    columns = (ks, starts[ks], stops[ks], *(m[ks] for m in shapes))
    rows = zip(*(column.tolist() for column in columns), strict=True)
    for k, b, e, quoted, to_next, to_last, hyphen, initials in rows:
        if quoted:
            span = _quoted_alone(text, b, e)
            if span is not None:
                # the name that opens the quotes is the club's own word («Карабах»,
                # «Араз-Нахчыван»); a town after another word is not («Карван Евлах»)
                found.append((k, b, e, b == span[0] + 1))
                continue
        if (initials or to_next or to_last) and _initials_before(text, b):
            found.append((k, b, e, not to_last))
        elif to_next:
            found.append((k, b, e, True))
        elif to_last or (hyphen and _PLAYERS.match(text, e)):
            found.append((k, b, e, False))
    if not found:
        return keep
    places_of = table.places
    firsts = set()  # the places the text made a club's first word
    last = (-_WINDOW, False)  # the last name read, and whether a game was around it
    for k, b, e, first in found:
        if b - last[0] > _WINDOW // 2:  # a name close by reuses the answer
            last = (b, _game_around(text, b, e, cues))
        if last[1]:
            keep[k] = False
            if first:
                entry = int(indices[k])
                firsts.add(_place_key(places_of[entry], entry))
    if firsts:
        entries = indices.tolist()
        for k, b, e, place in zip(
            range(n), starts.tolist(), stops.tolist(), is_place.tolist(), strict=True
        ):
            if keep[k] and place and _place_key(places_of[entries[k]], entries[k]) in firsts:
                keep[k] = not _game_around(text, b, e, cues)
    return keep


def _monument_clubs(
    text: str, mentions: tuple[Any, Any, Any], places: Any, cues: Any, keep: Any
) -> None:
    """Drop (in ``keep``) a structure's one-word name in a game's text: the club's.

    "Persepolis beat Sepahan 2-1": the Tehran club named after the ruins, not the ruins
    (round 258 holds Persepolis); a structure's name with its kind word ("the Heydar
    Aliyev airport") stays.
    """
    starts, stops, indices = mentions
    rows = zip(starts.tolist(), stops.tolist(), indices.tolist(), strict=True)
    for k, (b, e, entry) in enumerate(rows):
        place = places[entry]
        if (
            place is not None
            and place.kind == "building"
            and not any(c.isspace() or c == "-" for c in text[b:e])
            and _game_around(text, b, e, cues)
        ):
            keep[k] = False


#: the opening and closing quotes a club's name is written in (code points)
_OPEN_CODES = np.array([ord(c) for c in "\"'«“„‘"])
_CLOSE_CODES = np.array([ord(c) for c in "\"'»”“’"])
#: how far from the name a word of a match is looked for (characters, either side)
_REACH = 250
#: words of a match, a club, a team, a league or a stadium (stems a word of the text starts
#: with, lower case): Azerbaijani and Turkish, Russian, English and German, Persian, Armenian
_SPORT_STEMS = (
    *("futbol", "klub", "komanda", "takım", "matç", "maç", "stadion", "liqa", "lig"),
    *("çempion", "şampiyon", "oyun", "təsnifat", "pley-off", "play-off", "qarşılaşma"),
    *("karşılaşma", "hesabı ilə", "avrokubok", "turnir"),
    *("футбол", "клуб", "команд", "матч", "стадион", "лиг", "чемпион", "турнир"),
    *("football", "soccer", "club", "league", "stadium", "tournament", "fußball"),
    *("verein", "mannschaft"),
    *("فوتبال", "باشگاه", "تیم", "لیگ", "ورزشگاه", "مسابقه"),
    *("ֆուտբոլ", "ակումբ", "թիմ", "մարզադաշտ", "լիգա"),
)


@functools.cache
def _sport_automaton() -> Any:
    """Return an Aho-Corasick automaton of :data:`_SPORT_STEMS` (built once)."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for stem in _SPORT_STEMS:
        automaton.add_word(stem, len(stem))
    automaton.make_automaton()
    return automaton


def _about_a_match(text: str) -> bool:
    """Whether a word of ``text`` starts with a word of a match (:data:`_SPORT_STEMS`).

    The stems are found in one pass (a regular expression of them all reads ten times
    slower), then checked to start a word.
    """
    low = text.lower()
    for end, size in _sport_automaton().iter(low):
        at = end - size + 1
        if not at or not low[at - 1].isalpha():
            return True
    return False


#: the Persian names of the league's clubs that their town or province follows (Persian
#: Wikipedia 'لیگ برتر فوتبال ایران', the clubs of its seasons), right before a mention
_FA_CLUB = re.compile(
    r"(?<![^\W\d_])(?:تراکتور(?:سازی)?|پرسپولیس|استقلال|سپاهان|ذوب[ \u200c]?آهن|فولاد"
    r"|ملوان|نفت|پیکان|آلومینیوم|گل[ \u200c]?گهر|مس|نساجی|سایپا|ماشین[ \u200c]?سازی)"
    r"[ \u00a0\u200c]+$"
)
#: the last letters of those names, and the blanks between a name and the next word
_CLUB_LAST_CODES = np.array([ord(c) for c in "رسلندتمیا"])
_BLANK_CODES = np.array([ord(c) for c in " \u00a0\u200c"])
#: a letter of Azerbaijani, Turkish, Persian, Armenian or Russian: the press this rule
#: reads (Russian too: 'в Никосии "Карабах" одержал победу', held-out set 232; a page in
#: English or German names its clubs by club words or two words of a game:
#: :mod:`geo._clubs`, :func:`_outside_club_names`)
_REGION_LETTERS = re.compile("[əƏıİşŞğĞçÇöÖüÜ\u0600-\u06ff\u0530-\u058f\u0400-\u04ff]")
#: an Armenian case ending or article inside the quotes ("«Փյունիկը»", "«Շերիֆին»")
_ARMENIAN_INSIDE = re.compile('[\u0561-\u0587]{1,4}(?=[»”"])')
#: the word after the closing quote (and the case ending that the quote may carry)
_NEXT = re.compile(r"[^\W\d_]*[ \u00a0]+([^\W\d_]+(?:[ \u00a0]+[^\W\d_]+)?)")


def _quoted_clubs(
    text: str, codes: Any, starts: Any, stops: Any, links: Any, words: SportWords | None = None
) -> Any:
    """Return which mentions are no club's quoted name (a boolean mask).

    ``codes`` are the text's code points, ``starts``, ``stops`` the mentions (arrays, in
    text order), ``links`` whether each is a named link (never a club's). The few
    candidates (a quote on each side, or a Persian club's name before) are found with
    numpy; only they are read, and, when ``words`` tells where the text's stems of
    :data:`_SPORT_STEMS` start (:mod:`geo._sportwords`), only where one starts near.
    """
    keep = np.ones(len(starts), dtype=bool)
    last = len(codes) - 1
    stems = None if words is None else words.stems
    if not len(starts) or last < 0 or stems == []:
        return keep
    before = codes[np.maximum(starts - 1, 0)]
    quoted = (starts > 0) & (stops <= last) & np.isin(before, _OPEN_CODES)
    closed = np.isin(codes[np.minimum(stops, last)], _CLOSE_CODES)
    for k in np.flatnonzero(quoted & ~closed).tolist():  # (an Armenian ending inside)
        closed[k] = bool(_ARMENIAN_INSIDE.match(text, int(stops[k])))
    quoted &= closed
    # "تراکتور تبریز": a Persian club's name, then its town (a Persian name after a blank
    # after one of the clubs' last letters; then read)
    first = codes[starts]
    club = (starts >= 2) & (first >= 0x600) & (first <= 0x6FF)
    club &= np.isin(before, _BLANK_CODES) & np.isin(
        codes[np.maximum(starts - 2, 0)], _CLUB_LAST_CODES
    )
    for k in np.flatnonzero(club).tolist():
        start = int(starts[k])
        club[k] = (
            stems is None or within(stems, start - _REACH, int(stops[k]) + _REACH)
        ) and bool(_FA_CLUB.search(text, max(start - 24, 0), start))
    for k in np.flatnonzero((quoted | club) & ~links.astype(bool)).tolist():
        start, stop = int(starts[k]), int(stops[k])
        if stems is not None and not within(stems, start - _REACH, stop + _REACH):
            continue  # no word of a match near: neither rule below finds one
        if club[k]:
            near = text[max(start - _REACH, 0) : stop + _REACH]
            keep[k] = not _about_a_match(near)
            continue
        near = text[max(start - _REACH, 0) : start - 1] + " " + text[stop + 1 : stop + _REACH]
        if not _REGION_LETTERS.search(near) or not _about_a_match(near):
            continue
        after = _NEXT.match(text, stop + 1)
        words = _fold(after.group(1)).padded.split() if after else []
        # "“Xudafərin” su anbarı": a kind word after the quote, which names the place
        keep[k] = bool(words) and (words[0] in _kind_forms() or " ".join(words) in _kind_forms())
    return keep
