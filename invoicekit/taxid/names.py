"""The names of the tax-ID schemes of :mod:`invoicekit.taxid.schemes`, without its table.

The tax data names the schemes a VAT area membership accepts (``vat_ids``); checking those
names should not build the 45 scheme rows (and their class) when a file is read at start-up.
``tests/test_startup.py`` checks that this set is the table's.
"""

from __future__ import annotations

SCHEME_NAMES: frozenset[str] = frozenset(
    {
        "al.nipt", "ar.cuit", "au.abn", "az.voen", "br.cnpj", "br.cpf", "by.unp", "ca.bn", "ca.qst",
        "ch.uid", "ch.vat", "cl.rut", "cn.uscc", "co.nit", "de.stnr", "eg.tn", "eu.vat", "gb.vat",
        "id.npwp", "il.hp", "il.idnr", "in.gstin", "jp.cn", "jp.invoice", "ke.pin", "kz.bin", "ma.ice",
        "md.idno", "me.pib", "mk.edb", "mx.rfc", "no.mva", "no.orgnr", "nz.ird", "pe.ruc", "rs.pib",
        "ru.inn", "sg.uen", "th.tin", "tr.vkn", "tw.ubn", "ua.edrpou", "ua.rntrc", "vn.mst", "xi.vat",
    }
)  # fmt: skip
