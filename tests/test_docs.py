"""Docs as tests: every CLI command and option has help text and an entry in docs/cli.md."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer

from newsprism.cli import app

ROOT = Path(__file__).resolve().parent.parent
CLI_DOC = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")


def leaf_commands():
    root = typer.main.get_command(app)
    stack = [(("newsprism",), root)]
    while stack:
        path, command = stack.pop()
        if hasattr(command, "commands"):
            stack += [(path + (name,), sub) for name, sub in command.commands.items()]
        else:
            yield " ".join(path), command


COMMANDS = sorted(leaf_commands(), key=lambda item: item[0])


@pytest.mark.parametrize("path,command", COMMANDS, ids=[p for p, _ in COMMANDS])
def test_docs_command_has_help_and_entry(path, command):
    assert (command.help or "").strip(), f"{path} has no help text"
    assert f"`{path}`" in CLI_DOC, f"{path} is missing from docs/cli.md (run scripts/cli_docs.py)"


@pytest.mark.parametrize("path,command", COMMANDS, ids=[p for p, _ in COMMANDS])
def test_docs_every_option_has_help_and_entry(path, command):
    section = CLI_DOC.split(f"### `{path}`", 1)[1].split("\n### ", 1)[0]
    for param in command.params:
        if param.param_type_name == "option":
            assert param.help, f"{path} {param.opts[0]} has no help text"
            assert f"`{param.opts[0]}`" in section, f"{path} {param.opts[0]} is missing from docs/cli.md"


def test_docs_readme_quick_start_has_two_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick = readme.split("## Quick start", 1)[1].split("```bash", 1)[1].split("```", 1)[0]
    commands = [line for line in quick.splitlines() if line.strip()]
    assert [c.split("#")[0].strip() for c in commands] == ["python3 dev.py demo", "python3 dev.py test"]
