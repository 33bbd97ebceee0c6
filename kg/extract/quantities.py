"""Numbers in news prose: sums of money and head counts, with how exact the text says they are."""

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from rdflib import URIRef

from kg.namespaces import TW

_SCALES = {
    "hundred": 100, "thousand": 1_000, "k": 1_000, "million": 1_000_000, "m": 1_000_000, "mn": 1_000_000,
    "dozen": 12, "billion": 1_000_000_000, "bn": 1_000_000_000, "b": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}  # fmt: skip
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_CURRENCY_SIGNS = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "c$": "CAD", "a$": "AUD"}
_CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "usd": "USD", "euro": "EUR", "euros": "EUR", "eur": "EUR",
    "pound": "GBP", "pounds": "GBP", "gbp": "GBP", "yen": "JPY",
    "peso": "MXN", "pesos": "MXN", "mxn": "MXN",  # a peso unqualified is Mexico's, this domain's peso
    "shekel": "ILS", "shekels": "ILS", "rupee": "INR", "rupees": "INR", "yuan": "CNY",
}  # fmt: skip
# How a count is hedged, longest phrases first; upper bounds ("fewer than") have no qualifier
# in the ontology, so such counts are not recorded.
_QUALIFIERS: tuple[tuple[str, URIRef | None], ...] = (
    ("more than", TW.MoreThan), ("over", TW.MoreThan), ("upwards of", TW.MoreThan),
    ("at least", TW.AtLeast), ("no fewer than", TW.AtLeast), ("as many as", TW.AtLeast),
    ("about", TW.Approximately), ("around", TW.Approximately), ("roughly", TW.Approximately),
    ("nearly", TW.Approximately), ("almost", TW.Approximately), ("approximately", TW.Approximately),
    ("some", TW.Approximately), ("an estimated", TW.Approximately), ("close to", TW.Approximately),
    ("fewer than", None), ("less than", None), ("under", None), ("up to", None),
)  # fmt: skip
_UPPER_BOUND = object()


@dataclass(frozen=True)
class Count:
    """A number of people or organizations; `qualifier` None means the count is exact."""

    value: int
    qualifier: URIRef | None


@dataclass(frozen=True)
class Money:
    """A sum in one currency (ISO 4217 code)."""

    value: Decimal
    currency: str


def _tokens(text: str) -> list[str]:
    spaced = re.sub(r"(?<=\d)(?=[a-zA-Z])|(?<=[$€£¥])(?=\d)", " ", text.lower())
    return [t for t in re.split(r"[\s\-]+", spaced.strip()) if t]


def _number(tokens: list[str]) -> Decimal | None:
    """The value of '4,000', '19.4 million', 'a dozen', 'two hundred'; None if a word is not a number."""
    total = Decimal(0)
    current: Decimal | None = None
    for token in tokens:
        digits = token.replace(",", "")
        if re.fullmatch(r"\d+(\.\d+)?", digits):
            current = (current or 0) + Decimal(digits)
        elif token in _NUMBER_WORDS:
            current = (current or 0) + _NUMBER_WORDS[token]
        elif token in _SCALES and current is not None:
            current *= _SCALES[token]
            if _SCALES[token] >= 1000:
                total, current = total + current, None
        else:
            return None
    if current is None and not total:
        return None
    return total + (current or 0)


def parse_count(text: str) -> Count | None:
    """'more than 650' -> Count(650, tw:MoreThan); 'about a dozen' -> Count(12, tw:Approximately);
    'between 300 and 400' -> Count(300, tw:AtLeast)."""
    lowered = " ".join(_tokens(text))
    span = re.fullmatch(r"(?:between )?(.+?) (?:and|to) (.+)", lowered)
    if span is not None:  # "between 300 and 400", "300 to 400": at least the lower bound
        low, high = _number(span[1].split()), _number(span[2].split())
        if low is not None and high is not None and low < high and low == int(low):
            return Count(int(low), TW.AtLeast)
    qualifier: URIRef | None | object = None
    for phrase, meaning in _QUALIFIERS:
        if lowered == phrase or lowered.startswith(phrase + " "):
            lowered = lowered[len(phrase) :].strip()
            qualifier = _UPPER_BOUND if meaning is None else meaning
            break
    if qualifier is _UPPER_BOUND:
        return None
    tokens = lowered.split()
    if not tokens or tokens[-1] in ("a", "an") or tokens in (["a"], ["an"]):
        return None
    value = _number(tokens)
    if value is None or value != int(value) or value < 0:
        return None
    return Count(int(value), qualifier)  # type: ignore[arg-type]


_HEDGES = {  # words around a sum that leave the sum stated: "about $200,000", "up to $30,000"
    "about", "around", "nearly", "some", "roughly", "almost", "approximately", "more", "than", "up", "to",
}  # fmt: skip


def parse_money(text: str) -> Money | None:
    """'$19.4 million' -> Money(19400000, 'USD'); '5 million euros' -> Money(5000000, 'EUR')."""
    tokens = [t for t in _tokens(text) if t not in _HEDGES]
    currency = None
    if tokens and tokens[0] in _CURRENCY_SIGNS:
        currency = _CURRENCY_SIGNS[tokens.pop(0)]
    elif tokens and tokens[0][:1] in _CURRENCY_SIGNS:
        currency = _CURRENCY_SIGNS[tokens[0][:1]]
        tokens[0] = tokens[0][1:]
    if tokens and tokens[-1] in _CURRENCY_WORDS:
        currency = currency or _CURRENCY_WORDS[tokens[-1]]
        tokens.pop()
    if currency is None:
        return None
    try:
        value = _number(tokens)
    except InvalidOperation:
        return None
    return Money(value.normalize() if value % 1 else Decimal(int(value)), currency) if value else None
