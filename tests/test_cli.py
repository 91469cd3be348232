import json
import subprocess
import sys

import pytest

from cqc_extract.schema import validate_record

CLI = [sys.executable, "-m", "cqc_extract.cli"]


def run(*args, input=None):
    return subprocess.run(CLI + list(args), capture_output=True, text=True, input=input, timeout=300)


@pytest.mark.parametrize("command", [[], ["extract"], ["schema"], ["evaluate"]])
def test_help_on_every_command(command):
    result = run(*command, "--help")
    assert result.returncode == 0
    assert "Usage" in result.stdout


def test_extract_file_prints_a_valid_record(tmp_path, example_text):
    path = tmp_path / "home.txt"
    path.write_text(example_text, encoding="utf-8")
    result = run("extract", str(path), "--profile", "fast")
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["id"] == "home"
    validate_record(record, example_text)


def test_extract_from_stdin(example_text):
    result = run("extract", "-", "--profile", "fast", "--indent", "0", input=example_text)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["id"] == "stdin"


def test_missing_file_is_a_clear_error():
    result = run("extract", "no-such-file.txt")
    assert result.returncode != 0
    assert "no such file" in result.stderr


def test_schema_command_prints_json_schema():
    result = run("schema")
    assert result.returncode == 0
    schema = json.loads(result.stdout)
    assert schema["title"] == "ArticleRecord"


@pytest.mark.parametrize("make", ["folder", "not_json"])
def test_evaluate_bad_gold_is_one_clear_line(tmp_path, make):
    if make == "folder":
        gold = tmp_path / "examples"
        gold.mkdir()
        expected = "not a gold corpus folder"
    else:
        gold = tmp_path / "gold.jsonl"
        gold.write_text("{not json\n", encoding="utf-8")
        expected = "not JSON"
    result = run("evaluate", "--gold", str(gold), "--profile", "fast")
    assert result.returncode == 2
    assert expected in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
