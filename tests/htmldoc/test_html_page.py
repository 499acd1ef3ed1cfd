"""Page mode, the brand's support block and greeting, WCAG contrast, and the command line."""

from __future__ import annotations

import subprocess
import sys
import warnings
from pathlib import Path

import pytest
from support import doc

import invoicekit
from invoicekit.html.contrast import ContrastWarning, contrast_ratio, luminance
from invoicekit.render import BrandError

from .htmlcheck import normal, parse

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
DE = EXAMPLES / "de-invoice.toml"
BRAND = EXAMPLES / "i18n" / "brand" / "brand.toml"


def computed(source: object = DE) -> invoicekit.Computed:
    return invoicekit.compute(invoicekit.load(source))


def test_page_mode_is_a_standalone_accessible_printable_page() -> None:
    markup = invoicekit.render_html(computed(), mode="page", brand=invoicekit.load_brand(BRAND))
    root = parse(markup)
    assert markup.startswith("<!DOCTYPE html>")
    assert root.find("html").attrs == {"lang": "de", "dir": "ltr"}
    assert "@media print" in root.find("style").text()
    lines = root.find("table", "lines")
    assert {th.attrs["scope"] for th in lines.find("thead").find_all("th")} == {"col"}
    assert {th.attrs["scope"] for th in root.find("table", "totals").find_all("th")} == {"row"}
    assert root.find("img").attrs["src"].startswith("data:image/png;base64,")  # nothing to fetch
    assert root.find("img").attrs["alt"] == "Kaffeerösterei Beispiel"
    # layout tables are marked as such; data tables are not
    assert "role" not in lines.attrs and root.find("table", "doc").attrs["role"] == "presentation"


def test_page_mode_greets_on_receipts_only() -> None:
    invoice_page = parse(invoicekit.render_html(computed(), mode="page"))
    receipt_page = parse(invoicekit.render_html(computed(), mode="page", template="receipt"))
    assert not invoice_page.find_all("p", "greeting")
    greeting, thanks = (normal(p.text()) for p in receipt_page.find_all("p", "greeting"))
    assert (greeting, thanks) == ("Hallo Erika Mustermann,", "Vielen Dank für Ihre Bestellung.")


@pytest.mark.parametrize(
    ("locale", "reply", "greeting"),
    [  # hand-written: the plural after the number, the greeting without gender
        ("de", "Wir antworten innerhalb von 24 Stunden", "Hallo Erika Mustermann,"),
        ("ru", "Мы отвечаем в течение 24 часов", "Здравствуйте, Erika Mustermann!"),
        ("uk", "Ми відповідаємо протягом 24 годин", "Вітаємо, Erika Mustermann!"),
        ("be", "Мы адказваем на працягу 24 гадзін", "Вітаем, Erika Mustermann!"),
        ("ar", "نرد خلال 24 ساعة", "مرحبًا Erika Mustermann،"),
        ("ja", "24時間以内にご返信いたします", "Erika Mustermann 様"),
    ],
)
def test_support_and_greeting_in_the_buyers_language(locale: str, reply: str, greeting: str) -> None:
    root = parse(invoicekit.render_html(computed(), locale=locale, brand=invoicekit.load_brand(BRAND)))
    assert reply in [normal(p.text()) for p in root.find_all("p", "note")]
    assert normal(root.find("p", "greeting").text()) == greeting


def test_the_reply_time_takes_the_plural_of_its_number() -> None:
    brand = invoicekit.Brand(support_contact=invoicekit.render.support.SupportContact(response_hours=1))
    ru = parse(invoicekit.render_html(computed(), locale="ru", brand=brand))
    ar = parse(invoicekit.render_html(computed(), locale="ar", brand=brand))
    assert "Мы отвечаем в течение 1 часа" in [normal(p.text()) for p in ru.find_all("p", "note")]
    assert "نرد خلال ساعة واحدة" in [normal(p.text()) for p in ar.find_all("p", "note")]  # "one hour"


def test_opening_hours_per_language_and_a_shop_greeting(tmp_path: Path) -> None:
    (tmp_path / "brand.toml").write_text(
        '[support_contact]\nphone = "+49 30 1"\nhours = { de = "Mo-Fr 9-18 Uhr", "*" = "Mon-Fri 9-18" }\n'
        '[greeting]\nde = "Moin %(name)s,"\n',
        encoding="utf-8",
    )
    brand = invoicekit.load_brand(tmp_path / "brand.toml")
    de = parse(invoicekit.render_html(computed(), brand=brand))
    fr = parse(invoicekit.render_html(computed(), locale="fr", brand=brand))
    assert normal(de.find("p", "greeting").text()) == "Moin Erika Mustermann,"
    assert normal(fr.find("p", "greeting").text()) == "Bonjour Erika Mustermann,"
    de_hours = [normal(td.text()) for td in de.find_all("td")]
    assert "Mo-Fr 9-18 Uhr" in de_hours and "+49 30 1" in de_hours
    assert "Mon-Fri 9-18" in [normal(td.text()) for td in fr.find_all("td")]


def test_a_buyer_name_is_not_a_template() -> None:
    source = doc(buyer={"name": "%(name)s {name} <i>", "address": {"country": "DE"}})
    root = parse(invoicekit.render_html(computed(source)))
    assert normal(root.find("p", "greeting").text()) == "Hallo %(name)s {name} <i>,"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ('[support_contact]\nresponse_hours = "24"\n', "response_hours: expected whole hours"),
        ("[support_contact]\nresponse_hours = 0\n", "response_hours: must be 1 to 744 hours"),
        ('[support_contact]\nfax = "1"\n', "support_contact: unknown field(s): fax"),
        ('[support_contact]\nchat_url = "javascript:alert(1)"\n', "chat_url: not a web address"),
        ('[greeting]\nde = "Hallo %(vorname)s"\n', "greeting.de: must contain %(name)s"),
        ("[greeting]\nde = 5\n", "greeting.de: expected text"),
        ('logo_url = "http://x.example/l.png"\n', "logo_url: not an https:// address"),
        ('support_contact = "hilfe@example.de"\n', "support_contact: expected a table"),
    ],
)
def test_a_bad_support_block_names_the_field(tmp_path: Path, text: str, problem: str) -> None:
    path = tmp_path / "brand.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(BrandError) as info:
        invoicekit.load_brand(path)
    assert info.value.path == str(path) and problem in info.value.problem


def test_wcag_contrast_figures() -> None:
    # WCAG 2.x: black on white is (1 + 0.05) / (0 + 0.05) = 21; #767676 is the well-known
    # lightest grey that passes AA on white (4.54:1), #777777 just fails it (4.48:1)
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.005)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.005)
    assert contrast_ratio("#ffffff", "#767676") == contrast_ratio("#767676", "#ffffff")
    # pure green: 0.7152 of white's luminance
    assert luminance("#00ff00") == pytest.approx(0.7152)


def test_a_pale_brand_colour_warns_and_a_dark_one_does_not() -> None:
    with pytest.warns(
        ContrastWarning, match=r"#ffcc00 on #ffffff has contrast 1\.\d\d:1, below WCAG AA's 4\.5:1"
    ):
        invoicekit.render_html(computed(), brand=invoicekit.Brand(accent="#ffcc00"))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        invoicekit.render_html(computed(), brand=invoicekit.load_brand(BRAND))  # #6e3a1e: 10.5:1


def test_bad_options_are_errors() -> None:
    with pytest.raises(invoicekit.render.RenderError, match="mode: unknown mode 'mail'"):
        invoicekit.render_html(computed(), mode="mail")  # type: ignore[arg-type]
    with pytest.raises(invoicekit.render.RenderError, match="brand: expected a Brand"):
        invoicekit.render_html(computed(), brand="brand.toml")
    with pytest.raises(invoicekit.render.RenderError, match="images: unknown value"):
        invoicekit.render_html(computed(), images="inline")  # type: ignore[arg-type]


def test_the_same_document_gives_the_same_html() -> None:
    brand = invoicekit.load_brand(BRAND)
    for mode in ("email", "page"):
        first = invoicekit.render_html(computed(), brand=brand, mode=mode, second_locale="en")
        assert first == invoicekit.render_html(computed(), brand=brand, mode=mode, second_locale="en")


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "invoicekit", *args], capture_output=True, text=True, check=False
    )


def test_the_command_line_writes_html(tmp_path: Path) -> None:
    out = tmp_path / "receipt.html"
    out.write_text("old", encoding="utf-8")
    out.chmod(0o640)
    done = run_cli(
        "render", str(DE), "--format", "html", "--mode", "page", "-o", str(out), "--brand", str(BRAND)
    )
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().decode("utf-8") == invoicekit.render_html(
        computed(), mode="page", brand=invoicekit.load_brand(BRAND)
    )
    assert out.stat().st_mode & 0o777 == 0o640  # replaced atomically, permissions kept


def test_the_command_line_warns_about_contrast(tmp_path: Path) -> None:
    (tmp_path / "brand.toml").write_text('accent = "#ffcc00"\n', encoding="utf-8")
    done = run_cli(
        "render",
        str(DE),
        "--format",
        "html",
        "-o",
        str(tmp_path / "x.html"),
        "--brand",
        str(tmp_path / "brand.toml"),
    )
    assert done.returncode == 0
    assert "warning: brand accent: text #ffcc00 on #ffffff has contrast" in done.stderr
    refused = run_cli("render", str(DE), "--format", "html", "-o", str(DE))
    assert refused.returncode == 2 and "x.html" not in refused.stderr
