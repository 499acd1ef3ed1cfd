"""Output: atomic writes, file objects, determinism, metadata, paper, long documents."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

import invoicekit
from invoicekit import OutputError
from invoicekit import outputs as output_module
from invoicekit.render import RenderError, render_bytes, render_pdf

from .conftest import EXAMPLES, ROOT
from .pdfcheck import computed, page_texts, reader, render

DE = EXAMPLES / "de-invoice.toml"


def test_writes_a_path_and_a_file_object(tmp_path: Path) -> None:
    c = computed(DE)
    target = tmp_path / "out.pdf"
    render_pdf(c, target)
    buffer = io.BytesIO()
    render_pdf(c, buffer)
    assert target.read_bytes() == buffer.getvalue()
    assert buffer.getvalue().startswith(b"%PDF-")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.pdf"]  # no temporary file left


def test_a_failed_write_leaves_nothing_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    c = computed(DE)
    target = tmp_path / "out.pdf"

    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(output_module.os, "fsync", broken_fsync)
    with pytest.raises(OutputError, match="No space left"):
        render_pdf(c, target)
    assert list(tmp_path.iterdir()) == []


def test_a_failed_write_keeps_the_previous_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.pdf"
    target.write_bytes(b"previous")

    def interrupted(src: str, dst: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(output_module.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        render_pdf(computed(DE), target)
    assert target.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


def test_a_rendering_error_writes_nothing(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    with pytest.raises(RenderError, match="unknown paper"):
        render_pdf(computed(DE), target, paper="A3")
    with pytest.raises(RenderError, match="unknown locale"):
        render_pdf(computed(DE), target, locale="xx_YY_ZZ")
    with pytest.raises(RenderError, match="unknown template"):
        render_pdf(computed(DE), target, template="letter")
    assert list(tmp_path.iterdir()) == []


def test_unwritable_directory_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="cannot write"):
        render_pdf(computed(DE), tmp_path / "missing" / "out.pdf")


def test_same_input_same_bytes() -> None:
    c = computed(EXAMPLES / "i18n/ar-arabic-invoice.toml")
    assert render_bytes(c) == render_bytes(c)
    assert b"/CreationDate (D:20000101000000+00'00')" in render_bytes(c)  # invariant: no clock


def test_same_bytes_in_another_process(tmp_path: Path) -> None:
    """A fresh process (other fonts registered first, no caches) writes the same file."""
    here = render(EXAMPLES / "i18n/ja-japanese-invoice.toml")
    script = (
        "import sys; sys.path.insert(0, sys.argv[1]); import render.conftest; "
        "import invoicekit; from invoicekit.render import render_bytes; "
        "render_bytes(invoicekit.compute(invoicekit.load(sys.argv[3])));"  # warm up with another document
        "c = invoicekit.compute(invoicekit.load(sys.argv[2])); "
        "open(sys.argv[4], 'wb').write(render_bytes(c))"
    )
    out = tmp_path / "other.pdf"
    subprocess.run(
        [
            sys.executable,
            "-c",
            script,
            str(ROOT / "tests"),
            str(EXAMPLES / "i18n/ja-japanese-invoice.toml"),
            str(EXAMPLES / "i18n/he-hebrew-invoice.toml"),
            str(out),
        ],
        check=True,
        cwd=ROOT,
    )
    assert out.read_bytes() == here


def test_metadata_title_author_language() -> None:
    pdf = render(DE, locale="de_DE")
    r = reader(pdf)
    info = r.metadata
    assert info.title.endswith("2024-0042")
    assert info.author == "Kaffeerösterei Beispiel GmbH"
    assert r.trailer["/Root"]["/Lang"] == "de-DE"
    assert reader(render(EXAMPLES / "i18n/ar-arabic-invoice.toml")).trailer["/Root"]["/Lang"] == "ar"


def test_fonts_are_embedded_subsets_with_tounicode() -> None:
    r = reader(render(EXAMPLES / "i18n/uk-cyrillic-credit-note.toml"))
    fonts = r.pages[0]["/Resources"]["/Font"]
    assert fonts
    for ref in fonts.values():
        font = ref.get_object()
        assert "/ToUnicode" in font
        assert "/FontFile2" in font["/FontDescriptor"]
        assert str(font["/BaseFont"]).split("+")[1].startswith("NotoSans")


def test_paper_follows_the_buyer_unless_told() -> None:
    us_doc = {
        "number": "U-1",
        "issue_date": "2024-05-01",
        "currency": "USD",
        "locale": "en_US",
        "seller": {"name": "Shop Inc.", "address": {"country": "US", "region": "OR"}},
        "buyer": {"name": "Buyer", "address": {"country": "US", "region": "OR"}},
        "lines": [{"description": "Item", "unit_price": "10.00"}],
    }
    box = reader(render(us_doc)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    box = reader(render(us_doc, paper="A4")).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    box = reader(render(DE)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    box = reader(render(DE, paper="letter")).pages[0].mediabox
    assert round(float(box.width)) == 612


def long_document(lines: int) -> dict:
    return {
        "number": "L-1000",
        "issue_date": "2024-05-01",
        "currency": "EUR",
        "locale": "de",
        "seller": {
            "name": "Großhandel Beispiel GmbH",
            "vat_id": "DE136695976",
            "address": {"lines": ["Lagerweg 1"], "postal_code": "28197", "city": "Bremen", "country": "DE"},
        },
        "buyer": {
            "name": "Baumarkt Muster KG",
            "address": {"lines": ["Ring 2"], "postal_code": "50667", "city": "Köln", "country": "DE"},
        },
        "lines": [
            {
                "description": f"Artikel {i:04d}: Schrauben verzinkt, 100 Stück"
                + (
                    " — mit einer längeren Beschreibung, die in der Spalte umbrechen muss"
                    if i % 9 == 0
                    else ""
                ),
                "quantity": str(1 + i % 5),
                "unit_price": f"{1 + (i * 37) % 1000 / 100:.2f}",
                "category": "food" if i % 3 == 0 else "standard",
            }
            for i in range(lines)
        ],
    }


def test_a_thousand_lines_break_across_pages_with_the_header_repeated() -> None:
    c = invoicekit.compute(invoicekit.load(long_document(1000)))
    pages = page_texts(render_bytes(c, locale="de"))
    assert len(pages) > 10
    from invoicekit.i18n import best_locale, translate

    header = translate("Unit price", best_locale("de") or "en")
    last_line = "Artikel 0999"
    for number, page in enumerate(pages, start=1):
        page_label = translate(
            "Page %(page)s of %(pages)s", best_locale("de") or "en", page=str(number), pages=str(len(pages))
        )
        assert page_label in page
        if "Artikel" in page:
            assert header in page, number  # the table header on every page the table runs onto
    assert sum(page.count("Artikel ") for page in pages) == 1000
    assert last_line in "".join(pages)
    totals = translate("Amount payable", best_locale("de") or "en")
    # the totals follow the last line (the notes, here the defaulted date of supply, may
    # run onto one more page)
    at = [number for number, page in enumerate(pages) if totals in page]
    assert at and at[0] >= max(n for n, page in enumerate(pages) if last_line in page)
    assert at[0] >= len(pages) - 2


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"locale": 5}, "locale: expected text or None, got int"),
        ({"paper": 5}, "paper: expected text or None, got int"),
        ({"second_locale": b"en"}, "second_locale: expected text or None, got bytes"),
        ({"template": ["invoice"]}, "template: expected text or None, got list"),
        ({"brand": "brand.toml"}, "brand: expected a Brand, got str (load it with invoicekit.load_brand('brand.toml'))"),
        ({"brand": {"colour": "#000"}}, "brand: expected a Brand, got dict"),
    ],
)
def test_wrong_option_types_are_render_errors(options: dict, message: str) -> None:  # type: ignore[type-arg]
    computed = invoicekit.compute(invoicekit.load(ROOT / "examples" / "de-invoice.toml"))
    with pytest.raises(invoicekit.InvoiceKitError) as caught:
        render_bytes(computed, **options)
    assert str(caught.value) == message


def test_rendering_something_that_is_not_a_result_is_a_render_error() -> None:
    with pytest.raises(invoicekit.InvoiceKitError, match=r"computed: expected the result of invoicekit\.compute\(\), got Invoice"):
        render_bytes(invoicekit.load(ROOT / "examples" / "de-invoice.toml"))  # type: ignore[arg-type]
