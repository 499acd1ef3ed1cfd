"""Compile, check and update the shipped translation catalogs.

Run from a source checkout::

    python -m invoicekit.i18n.compile            # .po -> .mo for every locale
    python -m invoicekit.i18n.compile --check    # report problems, change nothing
    python -m invoicekit.i18n.compile --update   # add new msgids from the .pot to every .po

Compilation is reproducible: the same ``.po`` always gives a byte-identical ``.mo``, whatever
Babel version is installed. Babel's own catalog header carries ``Generated-By: Babel <version>``
and re-formats dates, so the ``.mo`` gets a fixed minimal header instead (language, charset and
plural forms taken from the ``.po``); the messages are sorted by :func:`babel.messages.mofile.write_mo`.
"""

from __future__ import annotations

import argparse
import io
import re
import sys
from collections.abc import Iterator, Sequence
from importlib.resources.abc import Traversable
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from . import DOMAIN, LOCALES, locales_dir

#: Line width of the written ``.po``/``.pot`` files (Babel's default, kept explicit so that
#: rewriting a catalog never reflows it).
PO_WIDTH = 76

_PLACEHOLDER = re.compile(r"%\((\w+)\)s")


def template_file() -> Traversable:
    """The message template, ``locales/invoicekit.pot``."""
    return locales_dir() / f"{DOMAIN}.pot"


def po_file(locale: str) -> Traversable:
    """``locales/<locale>/LC_MESSAGES/invoicekit.po``."""
    return locales_dir() / locale / "LC_MESSAGES" / f"{DOMAIN}.po"


def mo_file(locale: str) -> Traversable:
    """``locales/<locale>/LC_MESSAGES/invoicekit.mo``."""
    return locales_dir() / locale / "LC_MESSAGES" / f"{DOMAIN}.mo"


def read_catalog(data: bytes, locale: str | None = None) -> Catalog:
    """Parse ``.po``/``.pot`` bytes; obsolete (``#~``) entries are kept apart by Babel."""
    return read_po(io.BytesIO(data), locale=locale, domain=DOMAIN, abort_invalid=True)


def write_catalog(catalog: Catalog) -> bytes:
    """Serialise a catalog as ``.po`` text the way all shipped catalogs are written."""
    out = io.BytesIO()
    write_po(out, catalog, width=PO_WIDTH, no_location=True, include_previous=False)
    return out.getvalue()


class _MoCatalog(Catalog):
    """A catalog that yields a fixed header and the given messages, for :func:`write_mo`."""

    def __init__(self, header: str, messages: list[Message]) -> None:
        super().__init__(charset="utf-8", fuzzy=False)
        self._mo_header = header
        self._mo_messages = messages

    def __iter__(self) -> Iterator[Message]:
        yield Message("", self._mo_header)
        yield from self._mo_messages


def compile_po(po_data: bytes) -> bytes:
    """Compile ``.po`` bytes to ``.mo`` bytes, deterministically.

    Untranslated and fuzzy entries are left out (``gettext`` then returns the English msgid).
    """
    catalog = read_catalog(po_data)
    language = str(catalog.locale_identifier or "")
    header = (
        f"Project-Id-Version: {DOMAIN}\n"
        f"Language: {language}\n"
        "MIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=UTF-8\n"
        "Content-Transfer-Encoding: 8bit\n"
        f"Plural-Forms: {catalog.plural_forms}\n"
    )
    messages = [message for message in catalog if message.id]
    out = io.BytesIO()
    write_mo(out, _MoCatalog(header, messages))
    return out.getvalue()


def placeholders(text: str) -> set[str]:
    """The ``%(name)s`` placeholder names in a message."""
    return set(_PLACEHOLDER.findall(text))


def stray_percent(text: str) -> bool:
    """Whether ``text`` has a ``%`` that is not part of a ``%(name)s`` placeholder.

    Such a ``%`` would break ``text % params``; write "percent" or the number instead.
    """
    return "%" in _PLACEHOLDER.sub("", text)


def _form_problems(locale: str, shown: str, string: str, expected: set[str], count: bool) -> list[str]:
    """What is wrong with one translated form; ``count``: it may leave ``%(count)s`` out."""
    if not string.strip():
        return [f"{locale}: untranslated {shown}"]
    problems: list[str] = []
    found = placeholders(string)
    if found != expected and not (count and found == expected - {"count"}):
        problems.append(f"{locale}: placeholders of {shown} are {sorted(found)}, expected {sorted(expected)}")
    if stray_percent(string):
        problems.append(f"{locale}: stray '%' in the translation of {shown}")
    if string != string.strip():
        problems.append(f"{locale}: leading or trailing whitespace in the translation of {shown}")
    return problems


def _translation_problems(locale: str, entry: Message, message: Message, nplurals: int) -> list[str]:
    """One message's translation: every form there (``nplurals`` for a plural message),
    filled, with the msgid's placeholders (a plural form may leave out ``%(count)s``, as
    Arabic's dual or a singular that spells out "one" do)."""
    if isinstance(entry.id, tuple):
        shown = repr(entry.id[0])
        forms = message.string if isinstance(message.string, tuple) else ()
        if len(forms) != nplurals or not all(isinstance(f, str) and f.strip() for f in forms):
            return [f"{locale}: untranslated {shown} (needs {nplurals} plural forms)"]
        expected, plural = placeholders(str(entry.id[1])), True
    else:
        shown, expected, plural = repr(entry.id), placeholders(str(entry.id)), False
        forms = (message.string,) if isinstance(message.string, str) else ("",)
    problems = [p for form in forms for p in _form_problems(locale, shown, str(form), expected, plural)]
    if message.fuzzy:
        problems.append(f"{locale}: fuzzy translation of {shown}")
    return list(dict.fromkeys(problems))


def message_problems(locale: str, template: Catalog, catalog: Catalog) -> list[str]:
    """Missing, fuzzy, empty or placeholder-mismatched translations of one locale."""
    problems: list[str] = []
    if str(catalog.locale_identifier) != locale:
        problems.append(f"{locale}: Language header is {catalog.locale_identifier!r}")
    for entry in template:
        if not entry.id:
            continue
        message = catalog.get(entry.id, entry.context)
        if message is None:
            problems.append(f"{locale}: missing msgid {entry.id!r}")
            continue
        problems.extend(_translation_problems(locale, entry, message, catalog.num_plurals))
    for message in catalog:
        if message.id and template.get(message.id, message.context) is None:
            problems.append(f"{locale}: msgid {message.id!r} is not in the template")
    return problems


def check(locales: Sequence[str]) -> list[str]:
    """Every problem with the shipped catalogs; an empty list means all is well.

    Reports: a locale without ``.po`` or ``.mo``, a catalog directory that is not in
    ``locales``, missing/empty/fuzzy translations, placeholder mismatches, stray ``%``,
    msgids not in the template, and a ``.mo`` that differs from a fresh compile of its ``.po``.
    """
    problems: list[str] = []
    pot = template_file()
    if not pot.is_file():
        return [f"template {DOMAIN}.pot is missing"]
    template = read_catalog(pot.read_bytes())
    if len(template) == 0:
        problems.append(f"template {DOMAIN}.pot has no messages")
    present = {entry.name for entry in locales_dir().iterdir() if entry.is_dir()}
    for extra in sorted(present - set(locales)):
        problems.append(f"{extra}: catalog directory is not in LOCALES")
    for locale in locales:
        po, mo = po_file(locale), mo_file(locale)
        if not po.is_file():
            problems.append(f"{locale}: {DOMAIN}.po is missing")
            continue
        po_data = po.read_bytes()
        try:
            catalog = read_catalog(po_data)
        except Exception as error:  # a syntax error in a hand-edited .po
            problems.append(f"{locale}: cannot parse {DOMAIN}.po: {error}")
            continue
        problems.extend(message_problems(locale, template, catalog))
        if not mo.is_file():
            problems.append(f"{locale}: {DOMAIN}.mo is missing (run python -m invoicekit.i18n.compile)")
        elif mo.read_bytes() != compile_po(po_data):
            problems.append(f"{locale}: {DOMAIN}.mo is out of date (run python -m invoicekit.i18n.compile)")
    return problems


def _source_dir() -> Path:
    """The ``locales`` directory as a real, writable path (a source checkout)."""
    directory = Path(str(locales_dir()))
    if not directory.is_dir():
        raise SystemExit(f"not a directory on disk: {directory}; run this from a source checkout")
    return directory


def compile_all(locales: Sequence[str]) -> list[Path]:
    """Write ``.mo`` next to every ``.po``; return the files that changed."""
    directory = _source_dir()
    changed: list[Path] = []
    for locale in locales:
        folder = directory / locale / "LC_MESSAGES"
        data = compile_po((folder / f"{DOMAIN}.po").read_bytes())
        target = folder / f"{DOMAIN}.mo"
        if not target.is_file() or target.read_bytes() != data:
            target.write_bytes(data)
            changed.append(target)
    return changed


def update_all(locales: Sequence[str]) -> list[Path]:
    """Merge the template into every ``.po``: new msgids arrive untranslated, removed ones
    become obsolete (``#~``). No fuzzy guessing. Return the files that changed."""
    directory = _source_dir()
    template = read_catalog((directory / f"{DOMAIN}.pot").read_bytes())
    changed: list[Path] = []
    for locale in locales:
        path = directory / locale / "LC_MESSAGES" / f"{DOMAIN}.po"
        before = path.read_bytes()
        catalog = read_catalog(before)
        catalog.update(
            template, no_fuzzy_matching=True, update_header_comment=False, update_creation_date=False
        )
        after = write_catalog(catalog)
        if after != before:
            path.write_bytes(after)
            changed.append(path)
    return changed


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: compile (default), ``--check`` or ``--update``."""
    parser = argparse.ArgumentParser(
        prog="python -m invoicekit.i18n.compile", description=__doc__.split("\n")[0]
    )
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="report problems and exit 1 if there are any")
    mode.add_argument("--update", action="store_true", help="merge new msgids from the .pot into every .po")
    args = parser.parse_args(argv)
    if args.check:
        problems = check(LOCALES)
        for problem in problems:
            print(problem)
        print(
            f"{len(problems)} problem(s) in {len(LOCALES)} catalogs"
            if problems
            else f"ok: {len(LOCALES)} catalogs"
        )
        return 1 if problems else 0
    if args.update:
        for path in update_all(LOCALES):
            print(f"updated {path}")
        return 0
    changed = compile_all(LOCALES)
    for path in changed:
        print(f"compiled {path}")
    print(f"{len(LOCALES)} catalogs, {len(changed)} .mo file(s) written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
