"""Content negotiation: which format answers a request. Pure functions, no request objects."""

from werkzeug.datastructures import MIMEAccept

from kg.formats import BY_NAME, FORMATS, Format, Kind, format_for_media_type, formats_for

_MACHINE_MEDIA_TYPES = [media for fmt in FORMATS for media in (fmt.media_type, *fmt.aliases)]


def negotiate(accept: MIMEAccept, kind: Kind, override: str | None = None) -> Format | None:
    """The best format of `kind` for an Accept header, or None when none is acceptable.

    `override` (a format name like `ttl`, or a media type) wins over the header, for browsers
    that cannot set one. An override that cannot carry `kind` gives way only to formats of the
    kind that the header names outright, not by a wildcard: SPARQL clients send `format` values
    of their own (SPARQLWrapper sends `format=xml` for RDF/XML, `turtle`, ...) along with a
    precise header. Else it is not acceptable. An empty header or `*/*` gets the first format
    of the kind.
    """
    candidates = formats_for(kind)
    if override:
        chosen = BY_NAME.get(override) or format_for_media_type(override)
        if chosen in candidates:
            return chosen
        accept = MIMEAccept([(value, quality) for value, quality in accept if "*" not in value])
    if not accept:
        return None if override else candidates[0]
    # Each format's own media type before any alias, so that a wildcard (`text/*`) picks a
    # format whose Content-Type the wildcard matches.
    offered = [fmt.media_type for fmt in candidates] + [alias for fmt in candidates for alias in fmt.aliases]
    best = _without_parameters(accept).best_match(offered)
    return format_for_media_type(best) if best else None


def prefers_html(accept: MIMEAccept) -> bool:
    """Whether a client names HTML and ranks it above every machine format (a browser does)."""
    accept = _without_parameters(accept)
    named = {value for value, _ in accept}
    return "text/html" in named and accept.best_match(["text/html", *_MACHINE_MEDIA_TYPES]) == "text/html"


def _without_parameters(accept: MIMEAccept) -> MIMEAccept:
    """The header with media type parameters dropped, keeping the qualities.

    Werkzeug matches parameters exactly, so `text/turtle; charset=utf-8` or a JSON-LD `profile=`
    would match nothing; every answer here is UTF-8 and JSON-LD comes in one shape anyway.
    """
    return MIMEAccept([(value.split(";")[0].strip().lower(), quality) for value, quality in accept])
