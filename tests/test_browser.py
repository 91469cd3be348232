"""The review pages in a real browser (Debian's headless chromium): they render
to a non-trivial screenshot, their script runs without errors, and hovering a
ratings cell lights up its evidence. Slow (a browser start per check): run with
`pytest --runslow tests/test_browser.py`; skipped when chromium is missing."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import cqc_extract
from cqc_extract.evaluation import evaluate_corpus
from cqc_extract.scoring import load_gold
from cqc_extract.visualize import render_article, render_evaluation
from conftest import load_script

REPO = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow


render_page = load_script("scripts/render_page.py")


@pytest.fixture(scope="module", autouse=True)
def chromium():
    if render_page.find_chromium() is None:
        pytest.skip("chromium is not installed (Debian: apt-get install chromium)")


@pytest.fixture(scope="module")
def show_page(tmp_path_factory, example_text, nlp_fast) -> Path:
    record = cqc_extract.extract(example_text, id="larkspur", nlp=nlp_fast)
    page = tmp_path_factory.mktemp("show") / "show.html"
    page.write_text(render_article(example_text, record), encoding="utf-8")
    return page


@pytest.fixture(scope="module")
def eval_page(tmp_path_factory, nlp_fast) -> Path:
    articles = load_gold(REPO / "corpus" / "cqc-corpus.jsonl")[:6]
    report = evaluate_corpus(articles, nlp=nlp_fast)
    page = tmp_path_factory.mktemp("eval") / "eval.html"
    page.write_text(render_evaluation(report), encoding="utf-8")
    return page


def _check_screenshot(png: Path, width: int, height: int) -> None:
    w, h, rows = render_page.png_pixels(png)
    assert (w, h) == (width, height)
    bpp = len(rows[0]) // w
    colours = {row[x:x + 3] for row in rows[::7] for x in range(0, len(row), bpp * 7)}
    # A blank or error page has a handful of colours; ours has text, marks and cells.
    assert len(colours) > 50, f"only {len(colours)} colours"
    header = rows[8][3 * bpp:3 * bpp + 3]
    assert header.hex() == "12355b"  # the page's own header bar, so our CSS applied


@pytest.mark.parametrize("which", ["show", "eval"])
def test_page_renders_to_a_real_screenshot(which, show_page, eval_page, tmp_path):
    page = show_page if which == "show" else eval_page
    png = render_page.render(page, tmp_path / f"{which}.png", width=1200, height=900)
    _check_screenshot(png, 1200, 900)


PROBE = """<script>
(function () {
  var chip = document.querySelector('.chip[data-item="r0"]');
  chip.dispatchEvent(new MouseEvent('mouseenter'));
  var lit = document.querySelectorAll('mark.hl');
  var out = document.createElement('pre');
  out.id = 'probe';
  out.textContent = 'lit=' + lit.length + ' items=' + Array.prototype.map.call(lit, function (m) {
    return m.getAttribute('data-items'); }).join('|');
  document.body.appendChild(out);
})();
</script></body>"""


def test_page_script_links_items_to_their_evidence(show_page, tmp_path):
    probed = tmp_path / "probe.html"
    probed.write_text(show_page.read_text(encoding="utf-8").replace("</body>", PROBE, 1), encoding="utf-8")
    dom, console = render_page.dump_dom(probed)
    assert not [line for line in console if "Uncaught" in line], console
    found = re.search(r'<pre id="probe">lit=(\d+) items=([^<]*)</pre>', dom)
    assert found, dom[-2000:]
    assert int(found.group(1)) >= 1
    assert all("r0" in ids.split() for ids in found.group(2).split("|"))


def test_script_runs_clean_on_the_evaluation_page(eval_page):
    dom, console = render_page.dump_dom(eval_page)
    assert not [line for line in console if "Uncaught" in line], console
    assert "details" in dom and "data-field" in dom


def test_script_cli_renders_an_article(tmp_path, example_text):
    article = tmp_path / "home.txt"
    article.write_text(example_text, encoding="utf-8")
    png = tmp_path / "home.png"
    code = render_page.main(["--article", str(article), "--profile", "fast", "-o", str(png),
                             "--width", "1000", "--height", "700"])
    assert code == 0 and (tmp_path / "home.html").is_file()
    _check_screenshot(png, 1000, 700)


FILTER_PROBE = """<script>
(function () {
  var row = document.querySelector('table.scores tr[data-field="%s"]');
  row.click();
  var shown = Array.prototype.filter.call(document.querySelectorAll('details.article'),
    function (d) { return !d.hidden; }).map(function (d) { return d.getAttribute('data-article'); });
  var blocks = Array.prototype.filter.call(document.querySelectorAll('.field-block'),
    function (b) { return !b.hidden && !b.closest('details').hidden; })
    .map(function (b) { return b.getAttribute('data-field'); });
  row.click();
  var all = Array.prototype.filter.call(document.querySelectorAll('details.article'),
    function (d) { return !d.hidden; }).length;
  var out = document.createElement('pre');
  out.id = 'probe';
  out.textContent = shown.join(',') + ';' + blocks.join(',') + ';' + all;
  document.body.appendChild(out);
})();
</script></body>"""


def test_clicking_a_score_row_keeps_only_that_fields_errors(eval_page, tmp_path):
    html = eval_page.read_text(encoding="utf-8")
    field = re.search(r'data-fields="(\S+)', html).group(1)  # a field the first article gets wrong
    expected = [m.group(1) for m in re.finditer(r'data-article="([^"]+)" data-fields="([^"]*)"', html)
                if field in m.group(2).split()]
    total = html.count('<details class="article"')
    probed = tmp_path / "filter.html"
    probed.write_text(html.replace("</body>", FILTER_PROBE % field, 1), encoding="utf-8")
    dom, console = render_page.dump_dom(probed)
    assert not [line for line in console if "Uncaught" in line], console
    shown, blocks, after = re.search(r'<pre id="probe">([^<]*)</pre>', dom).group(1).split(";")
    assert shown.split(",") == expected
    assert set(blocks.split(",")) == {field}
    assert int(after) == total and len(expected) >= 1  # all back after the second click
