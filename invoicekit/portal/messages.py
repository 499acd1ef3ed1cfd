"""The portal's own sentences: msgids of the ``invoicekit`` catalogs (docs/translations.md),
translated in every language. :data:`MESSAGES` lists each one the pages use, so a test can
check that no page of any catalog shows one of them in English."""

from __future__ import annotations

from typing import Final

YOUR_DOCUMENTS: Final = "Your documents"
LANGUAGE: Final = "Language"
CHANGE_LANGUAGE: Final = "Change language"
PAGES: Final = "Pages"
EMPTY_PAGE: Final = "No documents on this page."
DOCUMENT: Final = "Document"
STATUS: Final = "Status"
DOWNLOADS: Final = "Downloads"
NEWER: Final = "Newer documents"
OLDER: Final = "Older documents"
ERASE: Final = "Erase my personal data"
ERASE_YES: Final = "Yes, erase my personal data"
CANCEL: Final = "Cancel"
WHAT_ERASURE_DOES: Final = (
    "Your name, address and e-mail address will be removed from your documents, and their stored "
    "PDF copies will be deleted. Invoice numbers, dates and amounts are kept, as tax law requires."
)
WILL_BE_KEPT: Final = (
    "These documents are still within their legal retention period and will be kept unchanged "
    "until it ends: %(numbers)s."
)
CORRECTS: Final = "Corrects invoice %(number)s"
ISSUED: Final = "Issued"
ERASED: Final = "Personal data erased"
LINK_NOT_VALID: Final = "Link not valid"
LINK_NOT_VALID_TEXT: Final = "This link is not valid or has expired. Please ask the shop for a new one."
NOT_FOUND: Final = "Not found"
NOT_FOUND_TEXT: Final = "There is no such document in your account."
TOO_MANY: Final = "Too many attempts"
TOO_MANY_TEXT: Final = (
    "Too many invalid links were opened from your network. Please try again in a few minutes."
)
SKIP: Final = "Skip to main content"
BACK: Final = "Back to your documents"
CORRECTED_BY: Final = "Corrected by credit note %(number)s"
# the catalog's existing invoice labels, as the PDF prints them
INVOICE: Final = "Invoice"
CREDIT_NOTE: Final = "Credit note"
ISSUE_DATE: Final = "Issue date"
TOTAL: Final = "Total amount"

MESSAGES: Final = (
    YOUR_DOCUMENTS, LANGUAGE, CHANGE_LANGUAGE, PAGES, EMPTY_PAGE, DOCUMENT, STATUS, DOWNLOADS,
    NEWER, OLDER, ERASE, ERASE_YES, CANCEL, WHAT_ERASURE_DOES, WILL_BE_KEPT, CORRECTS, ISSUED,
    ERASED, LINK_NOT_VALID, LINK_NOT_VALID_TEXT, NOT_FOUND, NOT_FOUND_TEXT, TOO_MANY,
    TOO_MANY_TEXT, SKIP, BACK, CORRECTED_BY, INVOICE, CREDIT_NOTE, ISSUE_DATE, TOTAL,
)  # fmt: skip
