"""An installed, non-editable wheel finds its tax data and computes an example."""

import json
import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

ROOT = Path(__file__).parent.parent

# The PEP 517 hook pip calls to build a wheel ("pip wheel --no-build-isolation"), without
# pip's start-up and metadata round trip; hatchling is a test dependency.
BUILD = "import sys; from hatchling.build import build_wheel; print(build_wheel(sys.argv[1]))"

WHERE = """
import invoicekit, invoicekit.taxtable as t, invoicekit.render.fonts as f, invoicekit.i18n as i
print(invoicekit.__file__); print(t.shipped_data_dir()); print(f.fonts_dir()); print(i.locales_dir())
print(i.translate("Invoice", "fr"))
"""


def test_wheel_installs_and_computes(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-c", BUILD, str(wheels)], cwd=ROOT, check=True, capture_output=True)
    (wheel,) = wheels.glob("invoicekit-*.whl")
    # A virtual environment without a pip of its own: this run's pip installs into it (as the
    # environment's own pip would: its interpreter decides the paths and the scripts' shebang).
    env_dir = tmp_path / "env"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps", "--no-index", str(wheel)],
        check=True,
    )  # fmt: skip
    # The dependencies come from this test run's environment; the package itself from the wheel.
    env = dict(os.environ, PYTHONPATH=sysconfig.get_paths()["purelib"])
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
