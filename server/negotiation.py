"""Content negotiation: which format answers a request. Pure functions, no request objects."""

from werkzeug.datastructures import MIMEAccept

from kg.formats import BY_NAME, Format, Kind, format_for_media_type, formats_for


def negotiate(accept: MIMEAccept, kind: Kind, override: str | None = None) -> Format | None:
    """The best format of `kind` for an Accept header, or None when none is acceptable.

    `override` (a format name like `ttl`, or a media type) wins over the header, for browsers
    that cannot set one; an override that cannot carry `kind` is not acceptable. An empty
    header or `*/*` gets the first format of the kind.
    """
    candidates = formats_for(kind)
    if override:
        chosen = BY_NAME.get(override) or format_for_media_type(override)
        return chosen if chosen in candidates else None
    if not accept:
        return candidates[0]
    offered = [media for fmt in candidates for media in (fmt.media_type, *fmt.aliases)]
    best = accept.best_match(offered)
    return format_for_media_type(best) if best else None


def prefers_html(accept: MIMEAccept) -> bool:
    """Whether a client names HTML and ranks it above machine formats (a browser does)."""
    named = {value for value, _ in accept}
    best = accept.best_match(["text/html", "application/json", "text/plain"])
    return "text/html" in named and best == "text/html"
