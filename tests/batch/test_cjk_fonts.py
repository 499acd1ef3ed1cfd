"""A worker process finds the CJK fonts (their own package, invoicekit-cjk-fonts) as the
calling process does: the same PDF bytes for a Japanese, a Korean and a Chinese document."""

from __future__ import annotations

from pathlib import Path

import invoicekit
from invoicekit.render import render_bytes

from .support import outputs

I18N = Path(__file__).resolve().parents[2] / "examples" / "i18n"
NAMES = ("ja-japanese-invoice", "ko-korean-invoice", "zh-chinese-invoice")


def test_a_worker_process_renders_cjk_documents_with_the_same_bytes(tmp_path: Path) -> None:
    paths = [I18N / f"{name}.toml" for name in NAMES]
    results = list(invoicekit.batch.run(paths, out=tmp_path / "out", formats="pdf", workers=1))
    assert [r.entry.get("errors") for r in results if not r.ok] == []
    expected = {
        f"{name}.pdf": render_bytes(invoicekit.compute(invoicekit.load(path)))
        for name, path in zip(NAMES, paths, strict=True)
    }
    assert outputs(tmp_path / "out") == expected
