"""Review pages: one self-contained HTML page per article, and one per evaluation.

`render_article(text, record)` shows the article with every evidence span
highlighted by kind (displaCy's entity renderer, fed the record's character
offsets) beside the record as people read it: a ratings grid per subject
(services x key questions, CQC colours, arrows for change), then organisations,
people, investments and actions. Hovering an item lights up its evidence;
clicking scrolls to it (and clicking again to the next piece).

`render_evaluation(report)` is the `cqc-extract evaluate --html` page in the
same look: precision/recall/F1 bars per field, then each article's misses and
spurious items with the predicted evidence highlighted in its text.

Article text is untrusted: every string from a text or a record goes through
`html.escape` (displaCy escapes the text it slices), the page holds no inline
event handlers and loads nothing from the network.
"""

from __future__ import annotations

import functools
import html
from importlib import resources
from dataclasses import dataclass
from typing import Any, Mapping

from spacy import displacy

# The scorer's error list, and what it shows of an item (SPEC §1 keys per field).
from .scoring import FIELDS, item_field, item_keys, record_items

__all__ = ["KINDS", "RATING_COLOURS", "CHANGE_ARROWS", "render_article", "render_evaluation"]

# Record field -> (displaCy label, highlight colour). Kept apart from the CQC
# rating colours below so a RATING mark never looks like a rating verdict.
KINDS: dict[str, tuple[str, str]] = {
    "organisations": ("ORG", "#bfdbfe"),
    "people": ("PERSON", "#f5d0fe"),
    "ratings": ("RATING", "#fde68a"),
    "investments": ("INVESTMENT", "#a7f3d0"),
    "actions": ("ACTION", "#fecaca"),
}
_PREFIX = {"organisations": "o", "people": "p", "ratings": "r", "investments": "i", "actions": "a"}

# CQC's four-level scale, in colours close to the ones on CQC's own reports
# (background, text colour).
RATING_COLOURS: dict[str, tuple[str, str]] = {
    "outstanding": ("#00796b", "#ffffff"),
    "good": ("#3f9a3a", "#ffffff"),
    "requires improvement": ("#f2a41d", "#1f1f1f"),
    "inadequate": ("#c8262e", "#ffffff"),
}
CHANGE_ARROWS: dict[str, str] = {"improved": "▲", "declined": "▼", "unchanged": "="}
# Columns of the ratings grid: CQC's overall rating then the five key questions.
GRID_COLUMNS: tuple[str, ...] = ("overall", "safe", "effective", "caring", "responsive", "well-led")

# Marks of the evaluation page: what went wrong rather than what kind it is.
ERROR_KINDS: dict[str, tuple[str, str]] = {
    "spurious": ("SPURIOUS", "#fecaca"),
    "missed": ("MISSED", "#bfdbfe"),
    "wrong": ("WRONG", "#fde68a"),
}

# displaCy's entity template with our attributes: the ids of the items whose
# evidence covers the piece, and its offsets (so a reader or a test can check
# that the mark is source[start:end]). No inline style: colours come from CSS.
_MARK_TEMPLATE = (
    '<mark class="entity k-{label_class}" id="{mark_id}" data-items="{items}" '
    'data-start="{start}" data-end="{end}" title="{tip}">{text}'
    '<span class="mark-label">{label}</span></mark>'
)


@functools.lru_cache(maxsize=None)
def _asset(name: str) -> str:
    """The page's CSS or script, kept as files beside this module (assets/)
    so they read as CSS and JavaScript; every page inlines them."""
    return resources.files("cqc_extract").joinpath("assets", name).read_text(encoding="utf-8")


def _e(value: Any) -> str:
    """Escaped text for element content and quoted attributes."""
    return html.escape("" if value is None else str(value), quote=True)


def _page(title: str, meta: str, legend: str, body: str, body_class: str = "") -> str:
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        f"<title>{_e(title)}</title>\n<style>{_asset('review.css')}</style>\n</head>\n<body class=\"{body_class}\">\n"
        f"<header class=\"top\"><h1>{_e(title)}</h1><span class=\"meta\">{meta}</span>{legend}</header>\n"
        f"{body}\n<script>{_asset('review.js')}</script>\n</body>\n</html>\n"
    )


def _legend(kinds: Mapping[str, tuple[str, str]]) -> str:
    chips = "".join(
        f'<span class="swatch" style="background:{colour}">{_e(label)}</span>'
        for label, colour in kinds.values()
    )
    return f'<span class="legend">{chips}</span>'


def _kind_css(kinds: Mapping[str, tuple[str, str]]) -> str:
    return "".join(f"mark.k-{label.lower()} {{ background:{colour}; }}\n" for label, colour in kinds.values())


# --------------------------------------------------------------------------
# Highlighted text
# --------------------------------------------------------------------------

@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    item: str  # page-wide item id, e.g. "r3" or "a2-r3"
    label: str
    tip: str


def _valid_evidence(text: str, evidence: Any) -> list[tuple[int, int]]:
    """(start, end) of each evidence slice that really is text[start:end]."""
    out = []
    for ev in evidence or []:
        if not isinstance(ev, Mapping):
            continue
        start, end = ev.get("start"), ev.get("end")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            continue
        if text[start:end] == ev.get("text"):
            out.append((start, end))
    return out


def _pieces(spans: list[_Span]) -> list[tuple[int, int, list[_Span]]]:
    """Cut overlapping spans into non-overlapping pieces (displaCy's entity
    view cannot nest), each with every span that covers it."""
    bounds = sorted({s.start for s in spans} | {s.end for s in spans})
    waiting = sorted(spans, key=lambda s: s.start)
    pieces: list[tuple[int, int, list[_Span]]] = []
    active: list[_Span] = []
    taken = 0
    for start, end in zip(bounds, bounds[1:]):
        # A sweep: spans open at `start` stay until their end, itself a bound,
        # so a span still open here covers the whole piece up to `end`.
        while taken < len(waiting) and waiting[taken].start <= start:
            active.append(waiting[taken])
            taken += 1
        active = [s for s in active if s.end > start]
        if active:
            pieces.append((start, end, list(active)))
    return pieces


def _highlight(text: str, spans: list[_Span], prefix: str) -> str:
    """The text as displaCy entity markup with one <mark> per piece."""
    ents = []
    for number, (start, end, covering) in enumerate(_pieces(spans)):
        # The narrowest covering span names the piece (the most specific item).
        top = min(covering, key=lambda s: (s.end - s.start, s.label))
        item_ids = list(dict.fromkeys(s.item for s in covering))
        tips = list(dict.fromkeys(s.tip for s in covering))
        ents.append({
            "start": start, "end": end, "label": top.label,
            "params": {
                "label_class": top.label.lower(),
                "mark_id": f"{prefix}m{number}",
                "items": " ".join(item_ids),
                "start": start, "end": end,
                "tip": _e(" | ".join(tips)),
            },
        })
    doc = {"text": text, "ents": ents, "title": None}
    return displacy.render(doc, style="ent", manual=True, page=False, jupyter=False,
                           options={"template": _MARK_TEMPLATE})


# --------------------------------------------------------------------------
# The record as people read it
# --------------------------------------------------------------------------

def _as_dict(record: Any) -> dict:
    if hasattr(record, "model_dump"):
        return record.model_dump(mode="json")
    if isinstance(record, Mapping):
        return dict(record)
    raise TypeError(f"expected an ArticleRecord or a dict, not {type(record).__name__}")


def _pounds(amount: Any) -> str:
    if isinstance(amount, bool) or not isinstance(amount, (int, float)):
        return str(amount)
    if amount >= 1_000_000_000:
        short = f"£{amount / 1_000_000_000:,.3g}bn"
    elif amount >= 1_000_000:
        short = f"£{amount / 1_000_000:,.3g}m"
    else:
        short = ""
    full = f"£{amount:,.0f}" if float(amount).is_integer() else f"£{amount:,.2f}"
    return f"{full} ({short})" if short else full


def _item_attrs(item_id: str, has_evidence: bool) -> str:
    cls = "item" if has_evidence else "item noev"
    tip = ' tabindex="0"' if has_evidence else ' title="no evidence in the text"'
    return f'class="{cls}" data-item="{item_id}"{tip}'


def _rating_tip(r: Mapping) -> str:
    parts = [f"{r.get('domain') or 'overall'}: {r.get('rating')}"]
    if r.get("previous"):
        parts.append(f"previously {r['previous']}")
    if r.get("change"):
        parts.append(str(r["change"]))
    return " — ".join(parts)


# "Requires improvement" is the longest label: a soft hyphen lets a narrow
# cell break "improve-ment" instead of overflowing.
_SOFT = "improve&shy;ment"


def _rating_chip(r: Mapping, item_id: str, has_evidence: bool) -> str:
    value = str(r.get("rating") or "")
    bg, fg = RATING_COLOURS.get(value, ("#98a2b3", "#ffffff"))
    arrow = CHANGE_ARROWS.get(r.get("change") or "", "")
    arrow_html = f'<span class="arrow">{arrow}</span>' if arrow else ""
    extra = "" if has_evidence else " (no evidence in the text)"
    return (
        f'<div class="chip" tabindex="0" data-item="{item_id}" data-rating="{_e(value)}" '
        f'data-domain="{_e(r.get("domain"))}" title="{_e(_rating_tip(r) + extra)}" '
        f'style="background:{bg};color:{fg}">{_e(value.capitalize()).replace("improvement", _SOFT)}{arrow_html}</div>'
    )


def _ratings_html(ratings: list[tuple[str, dict, bool]]) -> str:
    if not ratings:
        return '<p class="empty">No ratings stated.</p>'
    by_subject: dict[str | None, list[tuple[str, dict, bool]]] = {}
    for entry in ratings:
        by_subject.setdefault(entry[1].get("subject"), []).append(entry)
    extra = [d for d in ("use of resources",) if any(r.get("domain") == d for _, r, _ in ratings)]
    columns = [*GRID_COLUMNS, *extra]
    out = []
    for subject, entries in by_subject.items():
        services: dict[str | None, dict[str, list[str]]] = {None: {}}
        for item_id, r, has_ev in entries:
            cell = services.setdefault(r.get("service"), {}).setdefault(r.get("domain") or "overall", [])
            cell.append(_rating_chip(r, item_id, has_ev))
        name = subject if subject else "(subject not named)"
        out.append(f'<h3 class="subject">{_e(name)}</h3><table class="grid">'
                   '<colgroup><col class="rowcol"></colgroup><thead><tr><th></th>')
        out.append("".join(f'<th class="col-{_e(c).replace(" ", "-")}">{_e(c)}</th>' for c in columns))
        out.append("</tr></thead><tbody>")
        for service, cells in services.items():
            label = service if service is not None else "Whole subject"
            out.append(f'<tr><th class="row">{_e(label)}</th>')
            for column in columns:
                chips = cells.get(column)
                out.append(f"<td>{''.join(chips)}</td>" if chips else '<td class="none">–</td>')
            out.append("</tr>")
        out.append("</tbody></table>")
    scale = "".join(
        f'<span class="swatch" style="background:{bg};color:{fg}">{_e(v)}</span>'
        for v, (bg, fg) in RATING_COLOURS.items()
    )
    arrows = " ".join(f"{a} {_e(c)}" for c, a in CHANGE_ARROWS.items())
    out.append(f'<div class="legend">{scale}<span>{arrows}; hover a cell for the previous rating</span></div>')
    return "".join(out)


def _orgs_html(orgs: list[tuple[str, dict, bool]]) -> str:
    rows = []
    for item_id, o, has_ev in orgs:
        aliases = ", ".join(o.get("aliases") or [])
        also = f'<div class="sub">also: {_e(aliases)}</div>' if aliases else ""
        rows.append(
            f'<li {_item_attrs(item_id, has_ev)}><span class="name">{_e(o.get("name"))}</span>'
            f'<span class="badge">{_e(o.get("kind"))}</span>{also}</li>'
        )
    return f'<ul class="items">{"".join(rows)}</ul>' if rows else '<p class="empty">None.</p>'


def _people_html(people: list[tuple[str, dict, bool]]) -> str:
    rows = []
    for item_id, p, has_ev in people:
        sub = ", ".join(_e(x) for x in (p.get("role"), p.get("organisation")) if x)
        quoted = '<span class="badge quoted">quoted</span>' if p.get("quoted") else ""
        rows.append(
            f'<li {_item_attrs(item_id, has_ev)}><span class="name">{_e(p.get("name"))}</span>{quoted}'
            f'<div class="sub">{sub or "role not given"}</div></li>'
        )
    return f'<ul class="items">{"".join(rows)}</ul>' if rows else '<p class="empty">None.</p>'


def _investments_html(investments: list[tuple[str, dict, bool]]) -> str:
    rows = []
    for item_id, inv, has_ev in investments:
        timing = f'<div class="sub">when: {_e(inv.get("timing"))}</div>' if inv.get("timing") else ""
        rows.append(
            f'<li {_item_attrs(item_id, has_ev)}><span class="amount">{_e(_pounds(inv.get("amount_gbp")))}</span>'
            f' <span>{_e(inv.get("description") or "(purpose not given)")}</span>{timing}</li>'
        )
    return f'<ul class="items">{"".join(rows)}</ul>' if rows else '<p class="empty">None.</p>'


def _actions_html(actions: list[tuple[str, dict, bool]]) -> str:
    rows = []
    for item_id, act, has_ev in actions:
        status = str(act.get("status") or "")
        subject = act.get("subject") or "(subject not named)"
        rows.append(
            f'<li {_item_attrs(item_id, has_ev)}><span class="name">{_e(act.get("kind"))}</span>'
            f'<span class="badge {_e(status)}">{_e(status)}</span><div class="sub">{_e(subject)}</div></li>'
        )
    return f'<ul class="items">{"".join(rows)}</ul>' if rows else '<p class="empty">None.</p>'


_SECTIONS = (
    ("ratings", "Ratings", _ratings_html),
    ("people", "People", _people_html),
    ("organisations", "Organisations", _orgs_html),
    ("investments", "Investments", _investments_html),
    ("actions", "Enforcement actions", _actions_html),
)


def _record_view(text: str, record: Mapping, prefix: str = "") -> tuple[str, str]:
    """(highlighted text, record panel) for one article; item ids carry `prefix`."""
    spans: list[_Span] = []
    lost = 0
    entries: dict[str, list[tuple[str, dict, bool]]] = {}
    for field, (label, _colour) in KINDS.items():
        for number, item in enumerate(record_items(record, field)):
            item_id = f"{prefix}{_PREFIX[field]}{number}"
            found = _valid_evidence(text, item.get("evidence"))
            lost += len(item.get("evidence") or []) - len(found)
            tip = f"{label}: {_tip(field, item)}"
            spans += [_Span(s, e, item_id, label, tip) for s, e in found]
            entries.setdefault(field, []).append((item_id, item, bool(found)))
    warn = (
        f'<p class="warn">{lost} evidence span(s) do not match this text and are not shown '
        "(was the record made from another text?)</p>" if lost else ""
    )
    panel = "".join(
        f'<h2>{_e(heading)}</h2>{render(entries.get(field, []))}' for field, heading, render in _SECTIONS
    )
    return warn + _highlight(text, spans, prefix), panel


def _tip(field: str, item: Mapping) -> str:
    if field == "organisations":
        return f"{item.get('name')} ({item.get('kind')})"
    if field == "people":
        return ", ".join(str(x) for x in (item.get("name"), item.get("role")) if x)
    if field == "ratings":
        where = " / ".join(str(x) for x in (item.get("subject"), item.get("service")) if x)
        return f"{where}: {_rating_tip(item)}" if where else _rating_tip(item)
    if field == "investments":
        return f"{_pounds(item.get('amount_gbp'))} {item.get('description') or ''}".strip()
    if field == "actions":
        return f"{item.get('kind')} {item.get('status')} ({item.get('subject') or 'subject not named'})"
    return ""


def render_article(text: str, record: Any, *, title: str | None = None) -> str:
    """One self-contained HTML page: the article with its evidence highlighted
    by kind, beside the record (ratings grid, people, organisations,
    investments, actions). `record` is an ArticleRecord or its JSON dict; its
    evidence offsets must refer to `text` (slices that do not are counted and
    left out, with a warning on the page)."""
    data = _as_dict(record)
    marked, panel = _record_view(text, data)
    if data.get("error"):  # an ErrorRecord from a batch: say why there is nothing
        panel = f'<p class="warn">error record: {_e(data["error"])}</p>' + panel
    heading = title or data.get("id") or "Article"
    source = data.get("source") or {}
    meta_parts = [f"{len(text):,} characters"]
    if source.get("format") == "html":
        meta_parts.append("offsets refer to the text of the HTML page")
    if source.get("decoding_errors"):
        meta_parts.append("undecodable bytes were replaced")
    counts = ", ".join(f"{len(record_items(data, f))} {f}" for f in KINDS)
    meta = _e(" · ".join([*meta_parts, counts]))
    body = (
        '<div class="page"><section class="text"><h2>Article</h2>'
        f"{marked}</section><section class=\"record\">{panel}</section></div>"
    )
    page = _page(f"cqc-extract: {heading}", meta, _legend(KINDS), body, "article-page")
    return page.replace("</style>", _kind_css(KINDS) + "</style>", 1)


# --------------------------------------------------------------------------
# The evaluation page
# --------------------------------------------------------------------------



def _summary(name: str, item: Mapping) -> str:
    keys = item_keys(name) or tuple(k for k in item if k != "evidence")
    parts = []
    for key in keys:
        value = item.get(key)
        if value in (None, [], ""):
            continue
        if key == "amount_gbp":
            value = _pounds(value)
        elif isinstance(value, bool):
            value = "yes" if value else "no"
        elif isinstance(value, list):
            value = ", ".join(map(str, value))
        parts.append(f"<b>{_e(key)}</b> {_e(value)}")
    return "; ".join(parts) or "(empty item)"


def _locate(text: str, name: str, item: Mapping) -> list[tuple[int, int]]:
    """Where a gold item (which carries no evidence) is named in the text:
    every occurrence of an organisation's or person's name or alias."""
    base = item_field(name)
    if base not in ("organisations", "people"):
        return []
    names = [item.get("name"), *(item.get("aliases") or [])] if base == "organisations" else [item.get("name")]
    found, lower = [], text.lower()
    for value in names:
        needle = str(value or "").lower()
        if len(needle) < 2:
            continue
        start = lower.find(needle)
        while start != -1 and len(found) < 50:
            found.append((start, start + len(needle)))
            start = lower.find(needle, start + len(needle))
    return found


def _score_bar(kind: str, value: float) -> str:
    pct = max(0.0, min(1.0, value)) * 100
    return (f'<div class="metric {kind}"><div class="bar {kind}"><span style="width:{pct:.1f}%"></span></div>'
            f"<em>{value:.3f}</em></div>")


def _scores_table(report: Any) -> str:
    rows = []
    for field in FIELDS:
        s = report.scores[field]
        cls = "field sub" if "." in field or field in ("transitions", "changes") else "field"
        rows.append(
            f'<tr data-field="{_e(field)}" tabindex="0" title="show only the errors in {_e(field)}">'
            f'<td class="{cls}">{_e(field)}</td>'
            f"<td>{_score_bar('p', s.p)}</td><td>{_score_bar('r', s.r)}</td><td>{_score_bar('f1', s.f1)}</td>"
            f"<td>{s.tp}</td><td>{s.fp}</td><td>{s.fn}</td></tr>"
        )
    return (
        '<table class="scores"><thead><tr><th>field</th><th>precision</th><th>recall</th><th>F1</th>'
        "<th>TP</th><th>FP</th><th>FN</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>"
    )


def _mentions_table(mentions: Any) -> str:
    """The mention-level view (nervaluate schemes per kind) of `mentions.py`,
    from its JSON form; kinds without gold spans are named, not scored."""
    data = mentions.to_json() if hasattr(mentions, "to_json") else mentions
    categories = ("correct", "incorrect", "partial", "missed", "spurious")
    groups = [(k, v) for k, v in data.get("kinds", {}).items() if v.get("articles")]
    groups.append(("all", data.get("all", {})))
    rows = []
    for kind, schemes in groups:
        for scheme in ("strict", "exact", "partial", "type"):
            c = schemes.get(scheme)
            if not c:
                continue
            rows.append(
                f'<tr class="mention" data-kind="{_e(kind)}" data-scheme="{_e(scheme)}">'
                f'<td class="field">{_e(kind)}</td><td>{_e(scheme)}</td>'
                f"<td>{_score_bar('p', c['p'])}</td><td>{_score_bar('r', c['r'])}</td>"
                f"<td>{_score_bar('f1', c['f1'])}</td>"
                + "".join(f"<td>{int(c.get(n, 0))}</td>" for n in categories) + "</tr>"
            )
    unjudged = [k for k, v in data.get("kinds", {}).items() if not v.get("articles")]
    note = (f'<p class="empty">Not judged (no gold spans): {_e(", ".join(unjudged))}.</p>'
            if unjudged else "")
    head = "".join(f"<th>{_e(n)}</th>" for n in categories)
    return (
        '<h2>Mentions (evidence spans, nervaluate schemes)</h2><table class="scores mentions"><thead><tr>'
        f"<th>kind</th><th>scheme</th><th>precision</th><th>recall</th><th>F1</th>{head}</tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>{note}"
    )


def _article_errors(art: Any, text: str | None, index: int) -> str:
    prefix = f"d{index}-"
    spans: list[_Span] = []
    lines: list[str] = []
    number = lost = 0

    def entry(tag: str, field: str, item: Mapping, detail: str = "") -> str:
        nonlocal number, lost
        item_id = f"{prefix}e{number}"
        number += 1
        label = ERROR_KINDS[tag][0]
        located = ""
        if text is not None:
            found = _valid_evidence(text, item.get("evidence"))
            lost += len(item.get("evidence") or []) - len(found)
            if not found and tag == "missed":
                found = _locate(text, field, item)
                located = ' <span class="located">(located by name)</span>' if found else ""
            spans.extend(_Span(s, e, item_id, label, f"{label} {field}") for s, e in found)
        else:
            found = []
        attrs = _item_attrs(item_id, bool(found))
        return (f'<div {attrs}><span class="tag {tag}">{_e(tag)}</span>{detail}'
                f"{_summary(field, item)}{located}</div>")

    errors = art.errors()
    blocks: dict[str, list[str]] = {}  # field -> its entries, in the scorer's order
    for error in errors:
        block = blocks.setdefault(error.field, [f'<div class="field">{_e(error.field)}</div>'])
        detail = ""
        if error.kind == "wrong":
            sub = error.subfield
            detail = (f"<b>{_e(sub)}</b> gold <q>{_e(_plain(error.gold.get(sub)))}</q>, predicted "
                      f"<q>{_e(_plain(error.item.get(sub)))}</q> — ")
        block.append(entry(error.kind, error.field, error.item, detail))
    fields = list(blocks)
    lines += [f'<div class="field-block" data-field="{_e(field)}">{"".join(block)}</div>' for field, block in blocks.items()]
    if art.error:
        lines.insert(0, f'<p class="error-record">error record: {_e(art.error)}</p>')
    if lost:
        lines.insert(0, f'<p class="warn">{lost} evidence span(s) do not match this text and are not shown '
                        "(were the predictions made from another version of it?)</p>")
    marked = _highlight(text, spans, prefix) if text is not None else \
        '<p class="empty">Article text not available.</p>'
    n_miss, n_spur, n_wrong = (sum(e.kind == kind for e in errors) for kind in ("missed", "spurious", "wrong"))
    counts = f"{n_miss} missed, {n_spur} spurious, {n_wrong} wrong values"
    return (
        f'<details class="article" data-article="{_e(art.id)}" data-fields="{_e(" ".join(fields))}"'
        f'{" open" if index == 0 else ""}>'
        f"<summary>{_e(art.id)}"
        f'<span class="counts">{_e(counts)}</span></summary><div class="article-body">'
        f'<div>{marked}</div><div class="err">{"".join(lines)}</div></div></details>'
    )


def _plain(value: Any) -> str:
    return "null" if value is None else str(value)


def render_evaluation(
    report: Any,
    texts: Mapping[str, str] | None = None,
    *,
    title: str = "cqc-extract evaluation",
    source: str | None = None,
    mentions: Any = None,
) -> str:
    """The `evaluate --html` page: P/R/F1 bars and counts per field, then
    every article with errors (misses, spurious items, wrong sub-field values)
    beside its text with the predicted evidence highlighted. `texts` maps
    article ids to texts (default: the report's own `texts`); `mentions`, the
    scores of `mentions.score_mentions` (or their JSON), adds the span view."""
    texts = texts if texts is not None else getattr(report, "texts", None) or {}
    articles = [a for a in report.articles if a.has_errors or a.error]
    sections = "".join(
        _article_errors(art, texts.get(art.id), number) for number, art in enumerate(articles)
    )
    clean = report.docs - len(articles)
    sections = sections or '<p class="empty">No errors.</p>'
    body = (
        '<main class="eval"><h2>Scores (SPEC.md §3, micro-averaged)</h2>'
        f"{_scores_table(report)}"
        f"{_mentions_table(mentions) if mentions is not None else ''}"
        f'<h2>Articles with errors ({len(articles)} of {report.docs}; {clean} without)'
        '<button class="expand" type="button">open / close all</button>'
        '<span class="filter-note" hidden></span></h2>'
        f"{sections}</main>"
    )
    meta = _e(" · ".join(x for x in (f"{report.docs} documents", source) if x))
    page = _page(title, meta, _legend(ERROR_KINDS), body)
    return page.replace("</style>", _kind_css(ERROR_KINDS) + "</style>", 1)
