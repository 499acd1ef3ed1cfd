"""A slice of the fuzz run (benchmarks/fuzz_run.py) in the suite: 300 generated documents,
malformed and valid, loaded, computed, explained, some rendered, each followed by a random
public-API call; nothing but invoicekit's documented errors may come out."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def fuzz_run() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fuzz_run", ROOT / "benchmarks" / "fuzz_run.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_slice_of_the_fuzz_run_raises_only_documented_errors() -> None:
    counts, failures = fuzz_run().fuzz(range(300), render_every=10)
    assert failures == []
    assert counts["documents"] == counts["api_calls"] == 300
    # the slice reaches every stage: refusals, computations and renderings
    assert counts["refused"] > 50 and counts["computed"] > 50 and counts["rendered"] > 5
