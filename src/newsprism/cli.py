"""The newsprism command line: a thin layer over the library API (``newsprism.api``)."""

from __future__ import annotations

import functools
import sys
from typing import Callable

import typer
from rich.console import Console

from . import __version__
from .errors import NewsprismError

# Piped output gets a fixed, roomy width instead of Rich's 80-column default.
console = Console(width=None if sys.stdout.isatty() else 132)
err_console = Console(stderr=True, width=None if sys.stderr.isatty() else 132)

app = typer.Typer(
    name="newsprism",
    help="One news story through every outlet that covered it.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
show_app = typer.Typer(help="Show one stored record.", no_args_is_help=True)
eval_app = typer.Typer(help="Score newsprism against gold data.", no_args_is_help=True)
app.add_typer(show_app, name="show")
app.add_typer(eval_app, name="eval")


def fail(message: str, code: int = 1) -> None:
    """Print one error line and exit with ``code`` (never a traceback)."""
    err_console.print(f"[bold red]error:[/] {message}", highlight=False, markup=True, soft_wrap=True)
    raise typer.Exit(code)


def user_errors(func: Callable) -> Callable:
    """Turn NewsprismError (and Ctrl-C) into one line and a non-zero exit code."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except NewsprismError as exc:
            fail(exc.line().replace("[", "\\["), 2)
        except KeyboardInterrupt:
            fail("interrupted; run the same command again to resume", 130)

    return wrapper


def _version(value: bool) -> None:
    if value:
        console.print(f"newsprism {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version and exit."),
) -> None:
    """One news story through every outlet that covered it."""


# Commands live in small modules under present/commands; importing them registers them.
from .present.commands import core as _core  # noqa: E402,F401
from .present.commands import attribution as _attribution  # noqa: E402,F401
from .present.commands import entities as _entities  # noqa: E402,F401
from .present.commands import events as _events  # noqa: E402,F401
from .present.commands import stories as _stories  # noqa: E402,F401
from .present.commands import web as _web  # noqa: E402,F401
from .present.commands import database as _database  # noqa: E402,F401
from .present.commands import headline_stance as _headline_stance  # noqa: E402,F401
from .present.commands import alignment as _alignment  # noqa: E402,F401


def main() -> None:
    """Console-script entry point."""
    app(prog_name="newsprism")


if __name__ == "__main__":  # `python -m newsprism.cli`: use the registered app, not this copy
    from newsprism.cli import main as registered_main

    sys.exit(registered_main())
