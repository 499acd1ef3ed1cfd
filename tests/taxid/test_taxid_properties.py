"""Properties of offline validation: it never raises, and garbage is never valid."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from invoicekit.taxid import TaxIdResult, validate_in_scheme, validate_tax_id
from invoicekit.taxid.schemes import SCHEMES, countries

_COUNTRIES = st.one_of(
    st.none(),
    st.sampled_from([*countries(), "EL", "XI", "UK", "ZZ", "", "de", " fr "]),
    st.text(max_size=4),
)


@settings(max_examples=400)
@given(value=st.text(), country=_COUNTRIES)
def test_never_raises_and_reason_iff_invalid(value: str, country: str | None) -> None:
    result = validate_tax_id(value, country)
    assert isinstance(result, TaxIdResult)
    assert result.valid == (result.reason is None)
    if result.valid:
        assert result.normalized and result.scheme and result.country
    else:
        assert isinstance(result.reason, str) and result.reason


@settings(max_examples=300)
@given(value=st.text(alphabet=st.characters(exclude_categories=("L", "N"))), country=_COUNTRIES)
def test_text_without_letters_or_digits_is_invalid(value: str, country: str | None) -> None:
    result = validate_tax_id(value, country)
    assert not result.valid and result.reason


@settings(max_examples=300)
@given(value=st.from_regex(r"[A-Z0-9]{0,20}", fullmatch=True), country=_COUNTRIES)
def test_alphanumeric_noise(value: str, country: str | None) -> None:
    result = validate_tax_id(value, country)
    assert result.valid == (result.reason is None)


@given(digits=st.from_regex(r"[0-9]{1,20}", fullmatch=True))
def test_digits_without_country_need_a_country(digits: str) -> None:
    result = validate_tax_id(digits)
    assert not result.valid and result.reason is not None and "country" in result.reason


@given(
    scheme=st.sampled_from(SCHEMES),
    data=st.data(),
)
def test_examples_survive_separators_and_case(scheme: object, data: st.DataObject) -> None:
    from invoicekit.taxid.schemes import Scheme

    assert isinstance(scheme, Scheme)
    pieces = []
    for ch in scheme.example:
        if data.draw(st.booleans(), label="lower"):
            ch = ch.lower()
        pieces.append(ch)
        pieces.append(data.draw(st.sampled_from(["", "", " ", "-", ".", "/"]), label="separator"))
    mangled = "".join(pieces)
    if scheme.registration_only:  # a further registration: checked against its scheme alone
        result = validate_in_scheme(mangled, scheme.name)
    else:
        result = validate_tax_id(mangled, scheme.country)
    assert (result.valid, result.normalized, result.scheme) == (True, scheme.example, scheme.name)


@given(value=st.text(), country=_COUNTRIES)
def test_normalized_form_is_stable(value: str, country: str | None) -> None:
    first = validate_tax_id(value, country)
    if first.valid:
        again = validate_tax_id(first.normalized, first.country)
        assert (again.valid, again.normalized, again.scheme) == (True, first.normalized, first.scheme)
