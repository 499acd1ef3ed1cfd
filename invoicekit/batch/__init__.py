"""Batch runs: many documents to PDF and e-invoices, on worker processes or a Dask cluster,
with a JSON Lines report and resume after a kill (docs/batch.md).

One module per job: ``items`` (reading the inputs, keys), ``formats`` (the output table),
``job`` (the shared options), ``worker`` (one document), ``local`` and ``dask_engine``
(where the work runs), ``report`` (the report and settings files), ``runner`` (the run),
``progress`` (the bar and the summary line).
"""

from .formats import FORMATS
from .items import Item
from .job import Job
from .runner import Result, run

__all__ = ["FORMATS", "Item", "Job", "Result", "run"]
