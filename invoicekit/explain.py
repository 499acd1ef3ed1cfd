"""``invoicekit.explain``: the decision path behind each line's tax, as readable text."""

from __future__ import annotations

from .model import Invoice
from .rules import decide
from .taxtable.provider import RateProvider


def explain(invoice: Invoice, provider: RateProvider | None = None) -> str:
    """Why each group of lines is taxed as it is: one block per kind of supply and category,
    listing the steps of the decision and the rate found.

    Raises the same errors as :func:`invoicekit.compute`."""
    from .compute import check_arguments

    check_arguments(invoice, provider)
    if provider is None:
        from .taxtable import default_table

        provider = default_table()
    groups: dict[tuple[str, str], list[int]] = {}
    for i, line in enumerate(invoice.lines):
        groups.setdefault((line.category, line.supply or invoice.supply), []).append(i + 1)
    blocks = []
    for (category, supply), numbers in groups.items():
        treatment = decide(provider, invoice, category, supply)
        head = f"Line{'s' if len(numbers) > 1 else ''} {', '.join(map(str, numbers))} ({supply}, {category}):"
        steps = [f"  {n}. {step}" for n, step in enumerate(treatment.path, start=1)]
        blocks.append("\n".join([head, *steps, f"  => {treatment.reason}"]))
    return "\n\n".join(blocks)
