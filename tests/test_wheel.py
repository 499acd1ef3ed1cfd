"""An installed, non-editable wheel finds its tax data and computes an example."""

import json
import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

ROOT = Path(__file__).parent.parent


def test_wheel_installs_and_computes(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", str(wheels), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (wheel,) = wheels.glob("invoicekit-*.whl")
    env_dir = tmp_path / "env"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run([python, "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)], check=True)
    # The dependencies come from this test run's environment; the package itself from the wheel.
    env = dict(os.environ, PYTHONPATH=sysconfig.get_paths()["purelib"])
    example = ROOT / "examples" / "de-invoice.toml"
    done = subprocess.run(
        [python, "-c", "import invoicekit, invoicekit.taxtable as t; print(invoicekit.__file__); print(t.shipped_data_dir())"],
        capture_output=True, text=True, cwd=tmp_path, env=env, check=True,
    )  # fmt: skip
    package_file, data_dir = done.stdout.split()
    assert package_file.startswith(str(env_dir))
    assert data_dir.startswith(str(env_dir)) and (Path(data_dir) / "eu" / "DE.toml").is_file()
    done = subprocess.run(
        [python, "-m", "invoicekit", "compute", str(example), "--json"],
        capture_output=True, text=True, cwd=tmp_path, env=env,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["payable"] == "31.77"
    # the fonts and the translation catalogs come from the wheel too: render a French PDF
    pdf = tmp_path / "out.pdf"
    done = subprocess.run(
        [python, "-m", "invoicekit", "render", str(ROOT / "examples" / "fr-credit-note.json"), "-o", str(pdf)],
        capture_output=True, text=True, cwd=tmp_path, env=env,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert pdf.read_bytes().startswith(b"%PDF-")
    done = subprocess.run(
        [python, "-c", "import invoicekit.render.fonts as f, invoicekit.i18n as i; print(f.__file__); print(i.translate('Invoice', 'fr'))"],
        capture_output=True, text=True, cwd=tmp_path, env=env, check=True,
    )  # fmt: skip
    module_file, word = done.stdout.split()
    assert module_file.startswith(str(env_dir)) and word == "Facture"

