"""The Noto Sans JP, KR and SC fonts of invoicekit, as a package of their own.

Nothing to import: invoicekit's font manifest (``fonts.toml`` of the base package) finds
this package's folder and reads the ``.ttf`` files beside this module. They are 31 MB, most
of the fonts, and only Japanese, Korean and Chinese documents need them, so the invoicekit
wheel leaves them out and ``pip install "invoicekit[cjk]"`` adds them.
"""
