"""Dates resolved against the publication day; counts with their bounds; sums of money."""

from datetime import date
from decimal import Decimal

import pytest
from rdflib import Literal
from rdflib.namespace import XSD

from kg.extract.dates import relative_day, resolve_date
from kg.extract.quantities import Count, Money, parse_count, parse_money
from kg.namespaces import TW

SEED_DAY = date(2018, 6, 28)  # a Thursday


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("On Tuesday", SEED_DAY, Literal("2018-06-26", datatype=XSD.date)),
        ("late Tuesday", date(2018, 6, 20), Literal("2018-06-19", datatype=XSD.date)),
        ("Thursday", date(2018, 6, 22), Literal("2018-06-21", datatype=XSD.date)),
        ("Thursday", SEED_DAY, Literal("2018-06-28", datatype=XSD.date)),
        ("Wednesday night", SEED_DAY, Literal("2018-06-27", datatype=XSD.date)),
        ("Monday morning", SEED_DAY, Literal("2018-06-25", datatype=XSD.date)),
        ("last night", SEED_DAY, None),
        ("in March", SEED_DAY, Literal("2018-03", datatype=XSD.gYearMonth)),
        ("September", date(2018, 6, 2), Literal("2017-09", datatype=XSD.gYearMonth)),
        ("March 2019", SEED_DAY, Literal("2019-03", datatype=XSD.gYearMonth)),
        ("June 26, 2018", SEED_DAY, Literal("2018-06-26", datatype=XSD.date)),
        ("2017", SEED_DAY, Literal("2017", datatype=XSD.gYear)),
        ("yesterday", SEED_DAY, Literal("2018-06-27", datatype=XSD.date)),
        ("last week", SEED_DAY, Literal("2018-06", datatype=XSD.gYearMonth)),  # 18 to 24 June
        ("last week", date(2018, 6, 6), None),  # 28 May to 3 June: two months
        ("18-month", SEED_DAY, None),
        ("recent years", SEED_DAY, None),
        ("the end of 2025", SEED_DAY, Literal("2025-12", datatype=XSD.gYearMonth)),  # its last month
        ("the end of the year", SEED_DAY, Literal("2018-12", datatype=XSD.gYearMonth)),
        ("the start of 2020", SEED_DAY, Literal("2020-01", datatype=XSD.gYearMonth)),
        ("the end of March", SEED_DAY, Literal("2018-03", datatype=XSD.gYearMonth)),
        ("the end of the month", SEED_DAY, None),
        ("the end of next year", SEED_DAY, Literal("2019-12", datatype=XSD.gYearMonth)),
        ("the end of last year", SEED_DAY, Literal("2017-12", datatype=XSD.gYearMonth)),
    ],
)
def test_dates_resolve_against_the_publication_day(text: str, published: date, expected) -> None:
    resolved = resolve_date(text, published)
    assert resolved == expected
    if expected is not None:
        assert resolved.datatype == expected.datatype


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A day later, about 120 engineers staged a walkout.", "2018-06-27"),
        ("Two days later, IBM said it would end its contract.", "2018-06-28"),
        ("Hours after the post went up, she resigned.", "2018-06-26"),
        ("The next day, the company changed course.", "2018-06-27"),
        ("Two days earlier, the letter was published.", "2018-06-24"),
        ("Later that night, he resigned from the board.", "2018-06-26"),
        ("Days later, she resigned.", None),
        ("A day of protest followed.", None),
    ],
)
def test_a_day_counted_from_the_last_one_named(sentence: str, expected: str | None) -> None:
    resolved = relative_day(sentence, date(2018, 6, 26))
    assert resolved == (Literal(expected, datatype=XSD.date) if expected else None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("more than 650", Count(650, TW.MoreThan)),
        ("More than 100", Count(100, TW.MoreThan)),
        ("at least 1,500", Count(1500, TW.AtLeast)),
        ("About 4,000", Count(4000, TW.Approximately)),
        ("About a dozen", Count(12, TW.Approximately)),
        ("300", Count(300, None)),
        ("two hundred", Count(200, None)),
        ("several", None),
        ("fewer than 10", None),
    ],
)
def test_counts_keep_their_bound(text: str, expected: Count | None) -> None:
    assert parse_count(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("$1 million", Money(Decimal(1_000_000), "USD")),
        ("$19.4 million", Money(Decimal(19_400_000), "USD")),
        ("$50,000", Money(Decimal(50_000), "USD")),
        ("5 million euros", Money(Decimal(5_000_000), "EUR")),
        ("412 million pesos", Money(Decimal(412_000_000), "MXN")),
        ("850,000 shekels", Money(Decimal(850_000), "ILS")),
        ("£2.5bn", Money(Decimal(2_500_000_000), "GBP")),
        ("a million", None),
    ],
)
def test_money_has_an_amount_and_a_currency(text: str, expected: Money | None) -> None:
    assert parse_money(text) == expected
