"""Installed, non-editable wheels: the base one finds its tax data, computes and renders; the
CJK fonts come from a wheel of their own (``invoicekit-cjk-fonts``), and without it a Japanese
document stops with an error naming the character and the extra. Run from the invoicekit sdist
(which leaves out fonts/cjk, the fonts package's sources) the module skips: see tests/support.py."""

import importlib.util
import json
import os
import re
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader
from support import needs_cjk_sources

import invoicekit
from invoicekit.render import render_bytes

pytestmark = needs_cjk_sources

ROOT = Path(__file__).parent.parent
I18N = ROOT / "examples" / "i18n"

# The PEP 517 hook pip calls to build a wheel ("pip wheel --no-build-isolation"), without
# pip's start-up and metadata round trip; hatchling is a test dependency.
BUILD = "import sys; from hatchling.build import build_wheel; print(build_wheel(sys.argv[1]))"

WHERE = """
import invoicekit, invoicekit.taxtable as t, invoicekit.render.fonts as f, invoicekit.i18n as i
print(invoicekit.__file__); print(t.shipped_data_dir()); print(f.fonts_dir()); print(i.locales_dir())
print(i.translate("Invoice", "fr"))
"""
CJK_FILES = {
    "NotoSansJP-Regular.ttf", "NotoSansJP-Bold.ttf", "NotoSansKR-Regular.ttf",
    "NotoSansKR-Bold.ttf", "NotoSansSC-Regular.ttf",
}  # fmt: skip
NEEDS = re.compile(
    r'error: U\+[0-9A-F]{4,5} "[^"]": this document needs the CJK fonts \(NotoSansJP-(Regular|Bold)\.ttf\): '
    r'pip install "invoicekit\[cjk\]"\n'
)
SYMBOLS = "→ ≤ ≥ ① ✓"


@pytest.fixture(scope="module")
def wheels(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The two wheels of the repository: invoicekit, and invoicekit-cjk-fonts (fonts/cjk)."""
    out = tmp_path_factory.mktemp("wheels")
    for project in (ROOT, ROOT / "fonts" / "cjk"):
        subprocess.run([sys.executable, "-c", BUILD, str(out)], cwd=project, check=True, capture_output=True)
    (base,) = out.glob("invoicekit-*.whl")
    (cjk,) = out.glob("invoicekit_cjk_fonts-*.whl")
    return base, cjk


def _install(python: Path, wheel: Path) -> None:
    # This run's pip installs into an environment without a pip of its own (as the
    # environment's own pip would: its interpreter decides the paths and the scripts' shebang).
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps", "--no-index", str(wheel)],
        check=True,
    )  # fmt: skip


def _environment(env_dir: Path, wheel: Path) -> tuple[Path, dict[str, str]]:
    """A fresh virtual environment with ``wheel`` installed; its python and the variables
    that give it this run's dependencies (never this checkout's invoicekit or fonts package)."""
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    _install(python, wheel)
    return python, dict(os.environ, PYTHONPATH=sysconfig.get_paths()["purelib"])


def test_the_base_wheel_is_small_and_the_fonts_wheel_carries_the_cjk_fonts(wheels: tuple[Path, Path]) -> None:
    base, cjk = wheels
    assert base.stat().st_size < 5_000_000, base.stat().st_size
    base_names = zipfile.ZipFile(base).namelist()
    assert "invoicekit/_data/fonts/NotoSans-Regular.ttf" in base_names
    assert not [n for n in base_names if Path(n).name in CJK_FILES or "cjk/" in n]
    cjk_names = zipfile.ZipFile(cjk).namelist()
    assert {Path(n).name for n in cjk_names if n.startswith("invoicekit_cjk_fonts/")} >= CJK_FILES | {
        "OFL-NotoSansJP.txt", "OFL-NotoSansKR.txt", "OFL-NotoSansSC.txt",
    }  # fmt: skip


def test_wheel_installs_and_computes(tmp_path: Path, wheels: tuple[Path, Path]) -> None:
    env_dir = tmp_path / "env"
    python, env = _environment(env_dir, wheels[0])
    done = subprocess.run(
        [python, "-c", WHERE], capture_output=True, text=True, cwd=tmp_path, env=env, check=True
    )
    package_file, data_dir, fonts_dir, locales_dir, word = done.stdout.split()
    # the code, the tax data, the fonts and the translation catalogs all come from the wheel
    for path in (package_file, data_dir, fonts_dir, locales_dir):
        assert path.startswith(str(env_dir)), path
    assert (Path(data_dir) / "eu" / "DE.toml").is_file() and (Path(fonts_dir) / "fonts.toml").is_file()
    assert word == "Facture"
    example = ROOT / "examples" / "de-invoice.toml"
    done = subprocess.run(
        [python, "-m", "invoicekit", "compute", str(example), "--json"],
        capture_output=True, text=True, cwd=tmp_path, env=env,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["payable"] == "31.77"
    # the console script the wheel installs renders a French PDF with the wheel's fonts and catalogs
    pdf = tmp_path / "out.pdf"
    done = subprocess.run(
        [env_dir / "bin" / "invoicekit", "render", str(ROOT / "examples" / "fr-credit-note.json"), "-o", str(pdf)],
        capture_output=True, text=True, cwd=tmp_path, env=env,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert pdf.read_bytes().startswith(b"%PDF-")


def _from_source(example: Path) -> bytes:
    """The PDF this checkout renders (the fonts package installed editable, as the README does)."""
    return render_bytes(invoicekit.compute(invoicekit.load(example)))


def test_the_cjk_fonts_come_from_their_own_wheel(tmp_path: Path, wheels: tuple[Path, Path]) -> None:
    base, cjk = wheels
    env_dir = tmp_path / "env"
    python, env = _environment(env_dir, base)
    cli = env_dir / "bin" / "invoicekit"

    def render(name: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [cli, "render", str(I18N / f"{name}.toml"), "-o", str(tmp_path / f"{name}.pdf")],
            capture_output=True, text=True, cwd=tmp_path, env=env,
        )  # fmt: skip

    # the fonts package is not there: not from this run's environment nor from the checkout
    probe = "import importlib.util as u; print(u.find_spec('invoicekit_cjk_fonts'))"
    assert subprocess.run([python, "-c", probe], capture_output=True, text=True, cwd=tmp_path, env=env,
                          check=True).stdout == "None\n"  # fmt: skip
    assert importlib.util.find_spec("invoicekit_cjk_fonts") is not None  # ... but in this checkout
    # the base wheel alone: a Latin document renders, the same bytes as from the source tree
    done = render("fr-latin-invoice")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "fr-latin-invoice.pdf").read_bytes() == _from_source(I18N / "fr-latin-invoice.toml")
    # ... and so does a German one with arrows, maths signs, a circled number and a check mark
    # (before the split, only the CJK fonts had them): the same bytes as from the source tree
    text = (ROOT / "examples" / "de-invoice.toml").read_text(encoding="utf-8")
    assert '"Milchaufschäumer"' in text
    symbols = tmp_path / "de-symbols.toml"
    symbols.write_text(text.replace('"Milchaufschäumer"', f'"Milchaufschäumer {SYMBOLS}"'), encoding="utf-8")
    done = subprocess.run(
        [cli, "render", str(symbols), "-o", str(tmp_path / "de-symbols.pdf")],
        capture_output=True, text=True, cwd=tmp_path, env=env,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert f"Milchaufschäumer {SYMBOLS}" in PdfReader(tmp_path / "de-symbols.pdf").pages[0].extract_text()
    assert (tmp_path / "de-symbols.pdf").read_bytes() == _from_source(symbols)
    # ... and a Japanese one stops with the error naming the extra: one line, no traceback, no file
    done = render("ja-japanese-invoice")
    assert (done.returncode, done.stdout) == (2, "")
    assert NEEDS.fullmatch(done.stderr), done.stderr
    assert not (tmp_path / "ja-japanese-invoice.pdf").exists()
    # with the fonts wheel: the same bytes as from the source tree, for all three CJK fonts
    _install(python, cjk)
    for name in ("ja-japanese-invoice", "ko-korean-invoice", "zh-chinese-invoice"):
        done = render(name)
        assert done.returncode == 0, done.stderr
        assert (tmp_path / f"{name}.pdf").read_bytes() == _from_source(I18N / f"{name}.toml"), name
