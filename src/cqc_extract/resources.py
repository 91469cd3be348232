"""Finding the data files shipped under `models/`.

`models/` sits at the top of the repository and is shipped inside the wheel as
`cqc_extract/models` (hatch force-include). In a source checkout
`src/cqc_extract/models` is a symlink to it, so `importlib.resources` finds the
same files in an editable install and in a wheel: nothing walks up from
`__file__`.
"""

from __future__ import annotations

import json
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any


def models_root() -> Traversable:
    root = resources.files("cqc_extract") / "models"
    if not root.is_dir():
        raise FileNotFoundError(
            "cqc_extract/models is missing from the installed package: reinstall cqc-extract "
            "(in a source checkout, `src/cqc_extract/models` must link to the top-level `models/`)."
        )
    return root


def read_json(relative: str) -> Any:
    """Parse one JSON file under models/, e.g. ``read_json("vocab/ratings.json")``."""
    with (models_root() / relative).open("r", encoding="utf-8") as handle:
        return json.load(handle)


def read_jsonl(relative: str) -> list[Any]:
    """Parse a JSON-lines file under models/ (blank lines and `//` comments skipped)."""
    items = []
    with (models_root() / relative).open("r", encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.strip()
            if not line or line.startswith("//"):
                continue
            try:
                items.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"models/{relative}:{number}: {exc.msg}") from exc
    return items


def list_files(relative_dir: str, suffix: str) -> list[str]:
    """Relative paths of the files in a models/ sub-folder with a suffix, sorted."""
    folder = models_root() / relative_dir
    if not folder.is_dir():
        return []
    return sorted(f"{relative_dir}/{p.name}" for p in folder.iterdir() if p.name.endswith(suffix))


def vocabulary(name: str) -> dict[str, list[str]]:
    """A vocabulary file (canonical -> phrases), without its `_about` note."""
    data = read_json(f"vocab/{name}.json")
    return {key: value for key, value in data.items() if not key.startswith("_")}
