"""The class of a legal note, defined on first use.

Its home is :mod:`invoicekit.rules.notes` (``__module__``; that module names it through its
``__getattr__``, so pickles, reprs and ``typing.get_type_hints`` see the same class as
before). Most invoices carry no legal note: ``invoicekit compute`` of a plain German invoice
does not build this attrs class (about 1.5M instructions of its start-up, issue #13);
``tests/test_startup.py`` checks it.
"""

from __future__ import annotations

from attrs import frozen

from ..reprs import fields_repr


@frozen
class LegalNote:
    """A translatable note: an English ``msgid`` of the catalogs and its parameters, free of
    any language: ``country`` is an ISO 3166-1 code, ``jurisdiction`` an ISO 3166-2 code,
    ``vat_id`` and ``tax`` as written. The presentation step words it in a language."""

    __module__ = "invoicekit.rules.notes"
    __repr__ = fields_repr

    msgid: str
    params: tuple[tuple[str, str], ...] = ()

    def text(self, locale: str) -> str:
        """The note in ``locale`` (English where no catalog has it), the country named in it."""
        from ..presentation.labels import legal_text

        return legal_text(self, locale)
