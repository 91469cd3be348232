"""Turning raw input (bytes or str, text or HTML) into the text the pipeline reads.

    prepared = prepare_input(open(path, "rb").read())     # format="auto"
    record = cqc_extract.extract(prepared.text, id=...)   # offsets refer to prepared.text
    prepared.source                                       # SourceInfo for record.source

The policy (docs/robustness.md):
- bytes decode as UTF-8 (a BOM is stripped; UTF-16 with a BOM is honoured);
  bytes that are not valid UTF-8 fall back to cp1252, then latin-1, or to
  UTF-8 with U+FFFD replacements when the input is mostly valid UTF-8. Any
  fallback sets `source.decoding_errors` and names `source.encoding`.
- HTML (sniffed with format="auto", or forced with "html") is reduced to its
  readable text with the stdlib HTML parser: nothing is executed, script/style/
  noscript/template/svg are dropped, block elements become paragraph breaks,
  list items become "- " lines, entities are decoded. `source.format="html"`
  then says evidence offsets refer to that reduced text.
- C0/C1 control characters (except \\t \\n \\r), DEL and NUL are replaced by a
  space one for one, and lone surrogates by U+FFFD, so no offset shifts.
  Zero-width characters and bidi marks are kept as they are.
- Empty or whitespace-only input, binary data (NUL-heavy, PDF/ZIP/image/...
  magic numbers) and input over `max_chars` raise `InputError`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

from .schema import SourceInfo

# Two million characters is ~100 times the longest press release we have seen
# (a few thousand words); a larger "article" is almost certainly a dump, and
# it would cost a worker minutes and hundreds of MB.
DEFAULT_MAX_CHARS = 2_000_000

FORMATS = ("auto", "text", "html")


def with_source(record, source: SourceInfo | None):
    """`record` (an ArticleRecord) with `source` from prepare_input: the
    pipeline only knows the text, not how it was obtained; the number of
    pieces a long text was cut into is kept."""
    if source is not None:
        record.source = source.model_copy(update={"pieces": record.source.pieces if record.source else None})
    return record


class InputError(ValueError):
    """The input cannot be read as an article (empty, binary, too large, bad format)."""


@dataclass(frozen=True)
class PreparedInput:
    """The text the pipeline should read, and how it was obtained."""

    text: str
    source: SourceInfo


# --- binary detection --------------------------------------------------------

# Magic numbers of files that are not text, with a name for the error message.
_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or DOCX/XLSX/ODT)"),
    (b"PK\x05\x06", "a ZIP archive"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an OLE document (DOC/XLS)"),
    (b"\x7fELF", "an ELF executable"),
    (b"MZ\x90\x00", "a Windows executable"),
    (b"SQLite format 3\x00", "an SQLite database"),
)
_WEBP = (b"RIFF", b"WEBP")

# Control bytes that text files do not contain (tab, LF, VT, FF, CR and ESC excluded).
_BINARY_BYTES = frozenset(range(0x00, 0x09)) | frozenset(range(0x0E, 0x1B)) | frozenset(range(0x1C, 0x20))
_SNIFF = 8192
# Share of such bytes in the first 8 KB above which the input is binary. Text
# with a few stray NULs stays text (they become spaces).
_BINARY_SHARE = 0.10


def _binary_kind(head: bytes) -> str | None:
    """What binary format `head` (the first bytes) looks like, or None for text."""
    for magic, name in _MAGIC:
        if head.startswith(magic):
            return name
    if head[:4] == _WEBP[0] and head[8:12] == _WEBP[1]:
        return "a WebP image"
    sample = head[:_SNIFF]
    if sample:
        odd = sum(1 for b in sample if b in _BINARY_BYTES)
        # A few stray controls in a short text are not enough to call it binary.
        if odd > max(3, _BINARY_SHARE * len(sample)):
            return f"binary data ({odd} control bytes in the first {len(sample)})"
    return None


def _str_head_bytes(text: str) -> bytes:
    # A str that came from binary via latin-1 still shows its magic number.
    head = text[:_SNIFF]
    return bytes(min(ord(c), 0xFF) if ord(c) < 0x100 else 0x20 for c in head)


# --- decoding ----------------------------------------------------------------


def _decode(data: bytes) -> tuple[str, str, bool]:
    """(text, encoding, decoding_errors) for input bytes."""
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig", False
        except UnicodeDecodeError:
            return data[3:].decode("utf-8", errors="replace"), "utf-8-sig", True
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16", False
        except UnicodeDecodeError:
            return data.decode("utf-16", errors="replace"), "utf-16", True
    try:
        return data.decode("utf-8"), "utf-8", False
    except UnicodeDecodeError:
        pass
    # Not valid UTF-8. Mostly-valid UTF-8 with a few broken bytes (a truncated
    # download, a bad splice) keeps its UTF-8 characters; otherwise the text is
    # in a legacy single-byte encoding: cp1252 (Windows, smart quotes, £) or,
    # when cp1252 leaves a byte undefined, latin-1 (which defines all 256).
    replaced = data.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    # Weighed in bytes: legacy text almost never forms valid UTF-8 sequences.
    good_multibyte = sum(len(c.encode("utf-8")) for c in replaced if ord(c) > 0x7F and c != "\ufffd")
    if good_multibyte >= bad:
        return replaced, "utf-8", True
    try:
        return data.decode("cp1252"), "cp1252", True
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1", True


# --- HTML --------------------------------------------------------------------

# Whose content is not readable text (never executed: the parser only tokenises).
_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "math", "iframe", "object"})
_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
        "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1",
        "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "main", "nav",
        "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "title", "ul",
    }
)  # fmt: skip
_LINES = frozenset({"br", "tr"})
_CELLS = frozenset({"td", "th"})
_SPACES = re.compile(r"[ \t\n\r\f\v]+")  # linear: one class, one quantifier


class _TextExtractor(HTMLParser):
    """Collects readable text; structure becomes "\\n\\n" (blocks) and "\\n" (lines)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0  # depth inside skipped elements
        # <head> holds no readable text except <title>, the article's headline.
        self.head = 0
        self.title = 0
        self.pre = 0

    # Breaks are markers resolved in text(): "\x00P" paragraph, "\x00L" line.
    def _break(self, kind: str) -> None:
        self.out.append("\x00" + kind)

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _SKIP:
            self.skip += 1
            return
        if tag == "head":
            self.head += 1
        elif tag == "title":
            self.title += 1
        elif tag == "pre":
            self.pre += 1
        if tag in _BLOCKS:
            self._break("P")
        elif tag in _LINES:
            self._break("L")
        elif tag == "li":
            self._break("L")
            self.out.append("- ")
        elif tag in _CELLS:
            self.out.append(" ")

    def handle_startendtag(self, tag: str, attrs) -> None:
        # <br/>, <hr/>, <p/>, <script/>: a break at most, never an open element.
        if tag in _SKIP:
            return
        if tag in _BLOCKS:
            self._break("P")
        elif tag in _LINES:
            self._break("L")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if tag == "head":
            self.head = max(0, self.head - 1)
        elif tag == "title":
            self.title = max(0, self.title - 1)
        elif tag == "pre":
            self.pre = max(0, self.pre - 1)
        if tag in _BLOCKS or tag == "li":
            self._break("P" if tag in _BLOCKS else "L")

    def handle_data(self, data: str) -> None:
        if self.skip or (self.head and not self.title):
            return
        if self.pre:
            self.out.append(data.replace("\r\n", "\n").replace("\n", "\x00L"))
        else:
            self.out.append(_SPACES.sub(" ", data))

    def text(self) -> str:
        # Paragraphs are the runs between "P" markers; lines within them the
        # runs between "L" markers. Blank lines and spaces at edges go.
        paragraphs = []
        for block in "".join(self.out).split("\x00P"):
            lines = [line.strip(" ") for line in block.split("\x00L")]
            lines = [line for line in lines if line and line != "-"]
            if lines:
                paragraphs.append("\n".join(lines))
        return "\n\n".join(paragraphs)


def html_to_text(html: str) -> str:
    """The readable text of an HTML document (see the module docstring)."""
    # NULs would collide with the break markers; they are not text anyway.
    parser = _TextExtractor()
    parser.feed(html.replace("\x00", " "))
    parser.close()
    return parser.text()


# Sniffing: a doctype or <html> at the start, or a few common tags early on.
_HTML_START = re.compile(r"\A\s*(?:<\?xml[^>]{0,200}>\s*)?(?:<!--.{0,2000}?-->\s*)?<(?:!doctype\s+html|html\b)", re.I | re.S)
_HTML_TAG = re.compile(
    r"</?(?:p|div|br|h[1-6]|body|head|title|article|section|span|a|ul|ol|li|table|tr|td|strong|em|b|i|meta|link|script|style)\b[^<>]{0,300}>",
    re.I,
)
_SNIFF_CHARS = 65536
_HTML_TAGS_NEEDED = 3


def looks_like_html(text: str) -> bool:
    """True when `text` is (most likely) an HTML document or fragment."""
    head = text[:_SNIFF_CHARS]
    if _HTML_START.match(head):
        return True
    count = 0
    for _ in _HTML_TAG.finditer(head):
        count += 1
        if count >= _HTML_TAGS_NEEDED:
            return True
    return False


# --- control characters --------------------------------------------------------

# C0 (except \t \n \r), DEL and C1 become spaces; lone surrogates (from
# surrogateescape decoding) U+FFFD. One character for one: offsets hold.
_CONTROL_MAP = {c: " " for c in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0))}
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SURROGATES = re.compile(r"[\ud800-\udfff]")


def clean_controls(text: str) -> tuple[str, int, int]:
    """(text, controls replaced, surrogates replaced), same length as `text`."""
    controls = len(_CONTROLS.findall(text))
    if controls:
        text = text.translate(_CONTROL_MAP)
    surrogates = len(_SURROGATES.findall(text))
    if surrogates:
        text = _SURROGATES.sub("\ufffd", text)
    return text, controls, surrogates


# --- the entry point -----------------------------------------------------------


def prepare_input(
    raw: str | bytes,
    *,
    format: str = "auto",
    max_chars: int | None = DEFAULT_MAX_CHARS,
) -> PreparedInput:
    """The text to extract from `raw` and its SourceInfo; InputError when unusable.

    `format`: "auto" (sniff HTML), "text" or "html". `max_chars` limits the
    decoded input's length (None: no limit).
    """
    if format not in FORMATS:
        raise InputError(f"unknown input format {format!r}: choose one of {', '.join(FORMATS)}")
    if isinstance(raw, (bytearray, memoryview)):
        raw = bytes(raw)
    if isinstance(raw, bytes):
        if not raw.strip():
            raise InputError("empty input: no text (0 bytes or only whitespace)")
        # UTF-8 needs at most 4 bytes a character: reject huge inputs before decoding.
        if max_chars is not None and len(raw) > 4 * max_chars:
            raise InputError(
                f"input too large: {len(raw):,} bytes cannot fit the limit of {max_chars:,} characters (max_chars)"
            )
        if not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
            kind = _binary_kind(raw[:_SNIFF])
            if kind:
                raise InputError(f"not text: the input looks like {kind}")
        text, encoding, decoding_errors = _decode(raw)
    elif isinstance(raw, str):
        kind = _binary_kind(_str_head_bytes(raw))
        if kind:
            raise InputError(f"not text: the input looks like {kind}")
        text, encoding, decoding_errors = raw, None, False
    else:
        raise TypeError(f"input must be str or bytes, not {type(raw).__name__}")

    original_chars = len(text)
    if max_chars is not None and original_chars > max_chars:
        raise InputError(
            f"input too large: {original_chars:,} characters, over the limit of {max_chars:,} (max_chars)"
        )
    if text.startswith("\ufeff"):  # a BOM left in a str
        text = text[1:]
    if not text.strip():
        raise InputError("empty input: no text (only whitespace)")

    is_html = format == "html" or (format == "auto" and looks_like_html(text))
    if is_html:
        text = html_to_text(text)
        if not text.strip():
            raise InputError("empty input: the HTML holds no readable text")

    text, controls, surrogates = clean_controls(text)
    if surrogates:
        decoding_errors = True
    if not text.strip():
        raise InputError("empty input: only control characters")
    source = SourceInfo(
        chars=len(text),
        format="html" if is_html else "text",
        encoding=encoding,
        decoding_errors=decoding_errors,
        control_chars=controls,
        original_chars=original_chars,
    )
    return PreparedInput(text=text, source=source)
