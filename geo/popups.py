"""Popup and tooltip HTML of the features on a map.

Owns turning a link or place row into the HTML of its popup: escaped text,
formatted figures and lengths, and source links (only ``http``/``https``
addresses become ``<a>``). Every value from the data passes through
:func:`geo.export.escape_html`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from geo.export import escape_html

__all__ = ["safe_url"]

_UNITS = {
    "mw": "MW",
    "gw": "GW",
    "gwh": "GWh",
    "kwh": "kWh",
    "km": "km",
    "m": "m",
    "m3": "m³",
    "mcm": "million m³",
    "bcm": "billion m³",
    "ha": "ha",
    "t": "t",
    "mt": "million t",
    "usd": "USD",
    "pct": "%",
}


def _present(value: Any) -> bool:
    """Return whether a cell holds a value (not None, NaN or empty)."""
    if value is None:
        return False
    if isinstance(value, float) and math.isnan(value):
        return False
    return not (isinstance(value, str | list | tuple | dict) and not value)


def _row_get(row: Any, key: str) -> Any:
    return row[key] if key in row.index else None


def safe_url(url: object) -> str | None:
    """Return ``url`` if it is an absolute ``http``/``https`` address, else ``None``.

    Parameters
    ----------
    url : object
        Candidate address.

    Returns
    -------
    str or None

    Examples
    --------
    >>> safe_url("https://president.az/en/articles/view/1")
    'https://president.az/en/articles/view/1'
    >>> safe_url("javascript:alert(1)") is None
    True
    """
    if not isinstance(url, str):
        return None
    text = url.strip()
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() in {"http", "https"} and parts.netloc:
        return text
    return None


#: a source's link opens in a new tab, with no opener and no referrer (:mod:`geo.vector`
#: stores its texts without these and sets them on the links of a popup it opens)
NEW_TAB = ' target="_blank" rel="noopener noreferrer"'


def _anchor(url: object, title: object = None) -> str:
    """HTML for a source: a safe link, or plain escaped text."""
    label = escape_html(title if _present(title) else url)
    href = safe_url(url)
    if href is None:
        return label
    return f'<a href="{escape_html(href)}"{NEW_TAB}>{label}</a>'


_URL_IN_TEXT = re.compile(r"https?://[^\s<>\"';,]+")


def _source_anchor(source: object) -> str:
    """Escape a citation, turning its ``http(s)`` addresses and ``geonames:<id>`` into links.

    A link reads as its site's name: the citation before it names the page, and a place's
    citations (one for its position, one for each name) stay short enough to read.

    A closing bracket or full stop after an address is the citation's, unless the address
    opened the bracket ("Aras_(river)").

    >>> _source_anchor("Wikidata Q227 https://www.wikidata.org/wiki/Q227; <b>")
    'Wikidata Q227 <a href="https://www.wikidata.org/wiki/Q227" target="_blank" \
rel="noopener noreferrer">wikidata.org</a>; &lt;b&gt;'
    >>> _source_anchor("(Wikipedia https://en.wikipedia.org/wiki/Aras_(river)).")
    '(Wikipedia <a href="https://en.wikipedia.org/wiki/Aras_(river)" target="_blank" \
rel="noopener noreferrer">en.wikipedia.org</a>).'
    """
    text = str(source)
    if m := re.fullmatch(r"\s*geonames:(\d+)\s*", text):
        return _anchor(f"https://www.geonames.org/{m.group(1)}", text.strip())
    out, last = [], 0
    for m in _URL_IN_TEXT.finditer(text):
        url = m.group(0)
        while url[-1] in ".]" or (url[-1] == ")" and url.count(")") > url.count("(")):
            url = url[:-1]
        out.append(escape_html(text[last : m.start()]))
        host = urlsplit(url).hostname or url
        out.append(_anchor(url, host.removeprefix("www.")))
        last = m.start() + len(url)
    out.append(escape_html(text[last:]))
    return "".join(out)


def _number(value: Any) -> str:
    """Format a figure: integers without decimals, others with at most one.

    >>> _number(200.0), _number(12.34), _number(1500)
    ('200', '12.3', '1,500')
    """
    if isinstance(value, int | float) and not isinstance(value, bool):
        if float(value).is_integer():
            return f"{int(value):,}"
        return f"{value:,.1f}"
    return str(value)


def _figures(figures: Any) -> list[str]:
    """Format the ``figures`` cell: a dict of name -> {value, side, source} or a list of those."""
    if not _present(figures):
        return []
    items: list[tuple[str, Any]] = []
    for block in figures if isinstance(figures, list | tuple) else [figures]:
        if isinstance(block, Mapping):
            items.extend(block.items())
    out = []
    # a figure is one {value, side, source} or a list of them (one per side, or sources that differ)
    flat = [(k, s) for k, v in items for s in (v if isinstance(v, list | tuple) else [v])]
    for key, spec in flat:
        words = str(key).split("_")
        unit = _UNITS.get(words[-1].lower()) if len(words) > 1 else None
        label = " ".join(words[:-1] if unit else words).capitalize()
        spec = spec if isinstance(spec, Mapping) else {"value": spec}
        text = f"{escape_html(label)}: {escape_html(_number(spec.get('value', '')))}"
        if unit:
            text += f" {escape_html(unit)}"
        if _present(spec.get("side")):
            text += f" ({escape_html(spec['side'])})"
        if _present(spec.get("approx")):  # the source's own words for an approximate figure
            text += f" (approx.: \u201c{escape_html(spec['approx'])}\u201d)"
        section = spec.get("section")
        if isinstance(section, Mapping) and _present(section.get("label")):
            text += f" ({escape_html(section['label'])})"
        if _present(spec.get("drawn_km")):
            text += f", drawn {escape_html(_number(spec['drawn_km']))} km"
        source = spec.get("source")
        if isinstance(source, Mapping):
            text += f" <small>[{_anchor(source.get('url'), source.get('title'))}]</small>"
        elif _present(source):
            text += f" <small>[{_source_anchor(source)}]</small>"
        out.append(text)
    return out


def _length(row: Any) -> list[str]:
    out = []
    km = _row_get(row, "length_km")
    if _present(km):
        text = f"Length: {escape_html(_number(round(float(km), 1)))} km"
        by_country = _row_get(row, "length_by_country_km")
        if isinstance(by_country, Mapping) and by_country:
            parts = [
                f"{escape_html(k)} {escape_html(_number(round(float(v), 1)))} km"
                for k, v in sorted(by_country.items())
            ]
            text += f" ({', '.join(parts)})"
        out.append(text)
    published = _row_get(row, "published_length_km")
    figures = _row_get(row, "figures")
    cited = isinstance(figures, Mapping) and "published_length_km" in figures
    if _present(published) and not cited:  # else the figures give it with its source
        out.append(f"Published length: {escape_html(_number(published))} km")
    compared = _row_get(row, "compared_length_km")
    if _present(published) and _present(compared) and _present(km):
        off = (float(compared) - float(published)) / float(published)
        section = (figures or {}).get("published_length_km", {}) if cited else {}
        label = (
            (section.get("section") or {}).get("label") if isinstance(section, Mapping) else None
        )
        what = f" ({escape_html(label)})" if _present(label) else ""
        about = (
            "about " if isinstance(section, Mapping) and _present(section.get("approx")) else ""
        )
        out.append(
            f"Drawn vs published{what}: {escape_html(_number(round(float(compared), 1)))} km vs "
            f"{about}{escape_html(_number(published))} km ({off:+.0%})"
        )
    return out


def _method(row: Any) -> str | None:
    """Say how a line was drawn (``geometry_method``), or None for a point feature."""
    from geo.linkdata import GEOMETRY_METHODS

    method = _row_get(row, "geometry_method")
    if not isinstance(method, str):
        return None
    words = GEOMETRY_METHODS.get(method, method)
    return f'<div class="popup-method">Line: {escape_html(words)}</div>'


def _history(row: Any) -> list[str]:
    """Return the link's events, oldest first, with sources (``data-date`` for the timeline)."""
    history = _row_get(row, "history")
    if not isinstance(history, list | tuple) or not history:
        return []
    items = []
    for e in history:
        if not isinstance(e, Mapping):
            continue
        source = e.get("source") if isinstance(e.get("source"), Mapping) else {}
        cite = _anchor(source.get("url"), "source") if source.get("url") else ""
        items.append(
            f'<li data-date="{escape_html(e.get("date", ""))}">'
            f"{escape_html(e.get('label', e.get('date', '')))} · {escape_html(e.get('kind', ''))}: "
            f"{escape_html(e.get('what', ''))}{f' <small>[{cite}]</small>' if cite else ''}</li>"
        )
    return ['<div class="popup-history">History:<ol>' + "".join(items) + "</ol></div>"]


def _link_popup(row: Any) -> str:
    """Popup HTML of one link; every data value escaped."""
    status = escape_html(row["status"])
    if _present(_row_get(row, "status_date")):
        status += f" ({escape_html(row['status_date'])})"
    if _present(_row_get(row, "status_source")):
        status += f" <small>[{_anchor(row['status_source'], row['status_source'])}]</small>"
    lines = [
        f'<div class="corridors-popup"><b class="popup-name">{escape_html(row["name"])}</b>',
        f"<div>{escape_html(row['category'])} · {escape_html(row['mode'])}</div>",
        f"<div>Status: {status}</div>",
        *_history(row),
        *(f'<div class="popup-figure">{t}</div>' for t in _length(row)),
        *([m] if (m := _method(row)) else []),
        *(f'<div class="popup-figure">{t}</div>' for t in _figures(_row_get(row, "figures"))),
    ]
    sentence = _row_get(row, "article_sentence")
    if _present(sentence):
        lines.append(f"<blockquote>{escape_html(sentence)}</blockquote>")
    sources = _row_get(row, "sources")
    if _present(sources):
        items = [
            _anchor(s.get("url"), s.get("title")) if isinstance(s, Mapping) else _anchor(s)
            for s in sources
        ]
        lines.append("<div>Sources:<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul></div>")
    return "\n".join(lines) + "</div>"


def _place_popup(row: Any) -> str:
    """Popup HTML of one place; every data value escaped."""
    lines = [
        f'<div class="corridors-popup"><b class="popup-name">{escape_html(row["name"])}</b>',
        f"<div>{escape_html(row['kind'])} · {escape_html(row['country'])}</div>",
    ]
    aliases = _row_get(row, "aliases")
    if _present(aliases):
        shown = ", ".join(escape_html(a) for a in list(aliases)[:6])
        lines.append(f"<div><small>Also: {shown}</small></div>")
    if _present(_row_get(row, "source")):
        lines.append(f"<div><small>Source: {_source_anchor(row['source'])}</small></div>")
    if _present(_row_get(row, "derivation")):
        lines.append(f"<div><small>{escape_html(row['derivation'])}</small></div>")
    return "\n".join(lines) + "</div>"
