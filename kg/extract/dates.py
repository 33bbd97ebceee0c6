"""Dates in news prose, resolved against the day the article was published.

News writes relative dates: "on Tuesday" is the last Tuesday on or before the publication day,
"in March" is the last March not after it (a month, so `xsd:gYearMonth`), "in March 2019" is
exact. The precision of what the text says is kept in the literal's datatype: `xsd:date` for a
day, `xsd:gYearMonth` for a month, `xsd:gYear` for a year. Durations ("18-month") and vague
spans ("recent years") resolve to nothing. "Last week" is a month when the whole week lies in
one. A day counted from another ("A day later", "Hours after ...") is resolved from the last day
the article named before it.
"""

import re
from datetime import date, timedelta

from rdflib import Literal
from rdflib.namespace import XSD

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
_MONTH_ABBREVIATIONS = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
_HEDGES = {"on", "in", "late", "early", "mid", "last", "this", "past", "since", "from", "until", "by", "of"}
_PARTS_OF_DAY = {"morning", "afternoon", "evening", "night"}
_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def _month_number(word: str) -> int | None:
    word = word.rstrip(".")
    if word in MONTHS:
        return MONTHS.index(word) + 1
    return _MONTH_ABBREVIATIONS.get(word) if len(word) in (3, 4) else None


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[\s,]+", text.lower().replace("-", " ")) if w]


def resolve_date(text: str, published: date, *, upcoming: bool = False) -> Literal | None:
    """The date a DATE mention means, as a typed literal, or None if it names no day, month or year.

    A month or day without a year is the last one not after the publication day, or with
    `upcoming` (the text speaks of the future: "expires in December") the next one from it.
    """
    words = _words(text)
    if len(words) > 2 and words[0] in WEEKDAYS and _month_number(words[1]):
        words = words[1:]  # "Tuesday, Jan. 14": the day of the month says it
    iso = _ISO_DAY.match(text.strip())
    if iso:
        return Literal(date(*map(int, iso.groups())), datatype=XSD.date)
    direction = "next" if "next" in words or upcoming else "past"
    said = words
    words = [w for w in words if w not in _HEDGES and w != "next" and w != "the"]
    if len(words) > 1 and words[-1] in _PARTS_OF_DAY:
        words = words[:-1]  # "Wednesday night", "Tuesday evening": the day
    if "this" in said and [w for w in words if w not in ("earlier", "later")] == ["month"]:
        return Literal(f"{published.year:04d}-{published.month:02d}", datatype=XSD.gYearMonth)
    if "this" in said and [w for w in words if w not in ("earlier", "later")] == ["year"]:
        return Literal(f"{published.year:04d}", datatype=XSD.gYear)
    if "last" in said and len(words) == 1 and words[0] in WEEKDAYS:  # that day of the week before
        monday = published - timedelta(days=published.weekday() + 7)
        return Literal(monday + timedelta(days=WEEKDAYS.index(words[0])), datatype=XSD.date)
    if len(words) > 1 and words[0] in _EDGES and "of" in said:  # "the end of 2025": its last month
        shift = 1 if "next" in said else -1 if "last" in said else 0  # "the end of next year"
        return _edge_of(words[0], words[1:], published, direction, shift)
    if not words:
        return None
    if words == ["today"]:
        return Literal(published, datatype=XSD.date)
    if words == ["yesterday"]:
        return Literal(published - timedelta(days=1), datatype=XSD.date)
    if words == ["tomorrow"]:
        return Literal(published + timedelta(days=1), datatype=XSD.date)
    if len(words) == 1 and words[0] in WEEKDAYS:
        return Literal(_weekday(published, WEEKDAYS.index(words[0]), direction), datatype=XSD.date)
    if words in (["week"], ["month"], ["year"]) and direction == "past":
        return _last_period(words[0], published)
    return _calendar_date(words, published, direction)


_EDGES = {"end": 12, "close": 12, "beginning": 1, "start": 1}


def _edge_of(edge: str, words: list[str], published: date, direction: str, shift: int) -> Literal | None:
    """'the end of 2025' (December 2025), 'the end of the year' (this one, or with `shift` the next
    or the last), 'the end of June' (June)."""
    if words == ["year"]:
        year = published.year + shift
    else:
        found = _calendar_date(words, published, direction)
        if found is None or found.datatype != XSD.gYear:
            return found
        year = int(str(found))
    return Literal(f"{year:04d}-{_EDGES[edge]:02d}", datatype=XSD.gYearMonth)


def _weekday(published: date, weekday: int, direction: str) -> date:
    """The named weekday nearest the publication day: on or before it, or after it for 'next'."""
    if direction == "next":
        return published + timedelta(days=(weekday - published.weekday() - 1) % 7 + 1)
    return published - timedelta(days=(published.weekday() - weekday) % 7)


def _last_period(unit: str, published: date) -> Literal | None:
    if unit == "month":
        year, month = (
            (published.year, published.month - 1) if published.month > 1 else (published.year - 1, 12)
        )
        return Literal(f"{year:04d}-{month:02d}", datatype=XSD.gYearMonth)
    if unit == "year":
        return Literal(f"{published.year - 1:04d}", datatype=XSD.gYear)
    monday = published - timedelta(days=published.weekday() + 7)  # the week before the publication's
    if monday.month == (monday + timedelta(days=6)).month:
        return Literal(f"{monday.year:04d}-{monday.month:02d}", datatype=XSD.gYearMonth)
    return None  # "last week" across two months names no month


_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_RELATIVE = re.compile(
    r"^(?:(?P<hours>hours|minutes|an hour|moments)|(?P<n>a|an|one|two|three|four|five|six|seven|\d+)"
    r" (?P<unit>days?|weeks?)|the (?P<next>next|following) (?:day|morning))"
    r"(?: (?P<way>later|after|afterwards?|earlier|before))?\b"
    r"|^(?P<same>(?:later |earlier )?(?:the same|that(?: same)?) (?:day|morning|afternoon|evening|night))\b"
    r"|^(?P<month>(?:the same|that(?: same)?) month)\b",
    re.IGNORECASE,
)


def relative_day(text: str, anchor: date) -> Literal | None:
    """'A day later', 'Two days later', 'Hours after the post went up', 'The next day', 'the same
    day', 'that morning', 'Later that night': a day counted from `anchor`, the last day the article
    named before these words."""
    match = _RELATIVE.match(text.strip())
    if match is None or not (match["way"] or match["next"] or match["same"] or match["month"]):
        return None
    if match["month"]:  # "That same month": the month of the day named before
        return Literal(f"{anchor.year:04d}-{anchor.month:02d}", datatype=XSD.gYearMonth)
    if match["hours"] or match["same"]:
        return Literal(anchor, datatype=XSD.date)
    days = 1 if match["next"] else _NUMBER_WORDS.get(match["n"].lower()) or int(match["n"])
    days *= 7 if match["unit"] and match["unit"].startswith("week") else 1
    sign = -1 if match["way"] and match["way"].lower() in ("earlier", "before") else 1
    return Literal(anchor + sign * timedelta(days=days), datatype=XSD.date)


def _calendar_date(words: list[str], published: date, direction: str = "past") -> Literal | None:
    """'March', 'March 2019', 'June 26', 'June 26 2018', '26 June 2018', '2017'."""
    months = [m for m in (_month_number(w) for w in words) if m]
    numbers = [int(re.sub(r"\D", "", w)) for w in words if re.fullmatch(r"\d{1,4}(st|nd|rd|th)?", w)]
    others = [w for w in words if not _month_number(w) and not re.fullmatch(r"\d{1,4}(st|nd|rd|th)?", w)]
    if others or len(months) > 1:
        return None
    years = [n for n in numbers if n >= 1000]
    days = [n for n in numbers if 1 <= n <= 31]
    if len(years) > 1 or len(days) > 1 or len(years) + len(days) != len(numbers):
        return None
    if not months:
        return Literal(f"{years[0]:04d}", datatype=XSD.gYear) if years and not days else None
    month = months[0]
    if years:
        year = years[0]
    else:  # the last such month (or day) not after the publication day
        year = published.year
        if direction == "past" and (month, days[0] if days else 1) > (published.month, published.day):
            year -= 1
        if direction == "next" and (month, days[0] if days else 31) < (published.month, published.day):
            year += 1
    if days:
        try:
            return Literal(date(year, month, days[0]), datatype=XSD.date)
        except ValueError:
            return None
    return Literal(f"{year:04d}-{month:02d}", datatype=XSD.gYearMonth)
