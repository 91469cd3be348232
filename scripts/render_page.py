#!/usr/bin/env python3
"""Render an HTML page to PNG with Debian's headless chromium (the browser check).

    python scripts/render_page.py page.html -o page.png [--width 1400 --height 1000]

It also takes an article (.txt/.html) with --article: the page is built first
with `cqc_extract.visualize.render_article` (the pipeline runs), so one command
shows what `cqc-extract show` produces:

    python scripts/render_page.py --article examples/cqc-example-care-home.txt -o show.png

Chromium runs sandboxed from the network and from the user's profile: a fresh
temporary profile, no background networking, no component updates, no sync.
Prints the PNG's path and size in pixels; exits non-zero when chromium is
missing or writes nothing.
"""

from __future__ import annotations

import argparse
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "chrome")


def find_chromium() -> str | None:
    """Path of a chromium binary, Debian's /usr/bin/chromium first."""
    if Path("/usr/bin/chromium").exists():
        return "/usr/bin/chromium"
    for name in CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


def png_size(path: Path) -> tuple[int, int]:
    """(width, height) from a PNG's IHDR chunk."""
    data = path.read_bytes()[:24]
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError(f"{path} is not a PNG")
    return struct.unpack(">II", data[16:24])


def png_pixels(path: Path) -> tuple[int, int, list[bytes]]:
    """(width, height, rows of raw pixel bytes) of an 8-bit RGB/RGBA PNG,
    decoded with the stdlib (enough to tell a real page from a blank one)."""
    data = path.read_bytes()
    width, height = png_size(path)
    depth, colour = data[24], data[25]
    if depth != 8 or colour not in (2, 6):
        raise ValueError(f"unsupported PNG (bit depth {depth}, colour type {colour})")
    bpp = 3 if colour == 2 else 4
    idat, pos = b"", 8
    while pos < len(data):  # concatenate the IDAT chunks
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        if kind == b"IDAT":
            idat += data[pos + 8:pos + 8 + length]
        pos += 12 + length
    raw, stride, rows, prev = zlib.decompress(idat), width * bpp, [], bytes(width * bpp)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):  # undo the row filter (PNG spec, section 9)
            a = line[x - bpp] if x >= bpp else 0
            b, c = prev[x], prev[x - bpp] if x >= bpp else 0
            if kind == 1:
                line[x] = (line[x] + a) & 255
            elif kind == 2:
                line[x] = (line[x] + b) & 255
            elif kind == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        prev = bytes(line)
        rows.append(prev)
    return width, height, rows


def _chromium(browser: str, profile: str, width: int, height: int) -> list[str]:
    # No network beyond the file, no first-run work, a throwaway profile.
    return [
        browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--hide-scrollbars", f"--user-data-dir={profile}",
        f"--window-size={width},{height}",
    ]


def _browser() -> str:
    browser = find_chromium()
    if browser is None:
        raise FileNotFoundError("chromium not found (Debian: apt-get install chromium)")
    return browser


def dump_dom(page: Path, *, timeout: float = 120) -> tuple[str, list[str]]:
    """The page's DOM after its scripts ran, and the console messages
    (a script error shows as an "Uncaught ..." message)."""
    browser = _browser()
    with tempfile.TemporaryDirectory(prefix="cqc-chromium-") as profile:
        command = _chromium(browser, profile, 1400, 1000) + [
            "--enable-logging=stderr", "--v=0", "--dump-dom", page.resolve().as_uri(),
        ]
        result = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    console = [line for line in result.stderr.splitlines() if ":CONSOLE" in line]
    return result.stdout, console


def render(page: Path, png: Path, *, width: int = 1400, height: int = 1000, timeout: float = 120) -> Path:
    """Screenshot `page` (a local HTML file) into `png` at width x height."""
    browser = _browser()
    png = png.resolve()
    png.parent.mkdir(parents=True, exist_ok=True)
    png.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory(prefix="cqc-chromium-") as profile:
        command = _chromium(browser, profile, width, height) + [f"--screenshot={png}", page.resolve().as_uri()]
        result = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    if not png.is_file() or png.stat().st_size == 0:
        raise RuntimeError(f"chromium wrote no screenshot (exit {result.returncode}): {result.stderr[-2000:]}")
    return png


def build_article_page(article: Path, out: Path, profile: str) -> Path:
    """Run the pipeline on an article file and write its review page."""
    import cqc_extract
    from cqc_extract.visualize import render_article

    text = article.read_text(encoding="utf-8")
    record = cqc_extract.extract(text, id=article.stem, profile=profile)
    out.write_text(render_article(text, record), encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("page", nargs="?", type=Path, help="HTML page to render")
    parser.add_argument("--article", type=Path, help="build the review page of this article first")
    parser.add_argument("--profile", default="accurate", help="pipeline profile for --article")
    parser.add_argument("-o", "--output", type=Path, required=True, help="PNG to write")
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=1000)
    args = parser.parse_args(argv)
    if (args.page is None) == (args.article is None):
        parser.error("give either PAGE or --article")
    if args.article is not None:
        page = args.output.with_suffix(".html")
        build_article_page(args.article, page, args.profile)
        print(f"page: {page}")
    else:
        page = args.page
    try:
        png = render(page, args.output, width=args.width, height=args.height)
    except (FileNotFoundError, RuntimeError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    width, height = png_size(png)
    print(f"{png} {width}x{height} {png.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
